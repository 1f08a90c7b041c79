package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.OperationTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link CombinedApi}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class CombinedApi_Security implements GeneratedEndpoint {
  /**
   * One row per operation: Java method, HTTP method, path, then the requirement objects
   * (see {@link OperationTable}): {@code "A", "&", "B scope"} needs both, {@code "|"} separates
   * alternatives, a last {@code "{}"} lets anonymous callers in, none is public.
   */
  private static final String[][] TABLE = {
    {"interfaceLevel()", "GET", "/combined/interface-level", "HTTPBearer"},
    {"either()", "GET", "/combined/either", "APIKeyHeader", "|", "HTTPBearer read"},
    {"both()", "GET", "/combined/both", "APIKeyHeader", "&", "HTTPBearer read"},
    {"mixed()", "POST", "/combined/mixed", "APIKeyHeader", "&", "HTTPBasic", "|", "APIKeyHeader", "&", "HTTPBearer", "|", "HTTPBearer"},
    {"optional()", "GET", "/combined/optional", "HTTPBearer", "|", "{}"},
    {"optionalOwn()", "GET", "/combined/optional-own", "APIKeyHeader", "|", "{}"},
    {"publicOperation()", "DELETE", "/combined/public"},
    {"overridden()", "GET", "/combined/overridden", "APIKeyHeader"},
    {"inherited()", "GET", "/combined/inherited", "HTTPBearer"},
  };

  private static final List<OperationSecurity> OPERATIONS = OperationTable.read(TABLE);

  /**
   * For the runtime's service loader.
   */
  public CombinedApi_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.CombinedApi";
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
