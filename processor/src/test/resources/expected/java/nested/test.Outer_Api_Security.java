package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.OperationTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link Outer.Api}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Outer_Api_Security implements GeneratedEndpoint {
  /**
   * One row per operation: Java method, HTTP method, path, then the requirement objects
   * (see {@link OperationTable}): {@code "A", "&", "B scope"} needs both, {@code "|"} separates
   * alternatives, a last {@code "{}"} lets anonymous callers in, none is public.
   */
  private static final String[][] TABLE = {
    {"find(test.Outer$Mode)", "GET", "/nested", "api.key-v2"},
    {"find(long[])", "GET", "/nested/by-ids", "api.key-v2"},
    {"save(byte[])", "POST", "/nested", "api.key-v2"},
  };

  private static final List<OperationSecurity> OPERATIONS = OperationTable.read(TABLE);

  /**
   * For the runtime's service loader.
   */
  public Outer_Api_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.Outer$Api";
  }

  @Override
  public List<OperationSecurity> operations() {
    return OPERATIONS;
  }

  @Override
  public String documentTitle() {
    return "API";
  }
}
