package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link OpenApi}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class OpenApi_Security implements GeneratedEndpoint {
  /**
   * {@code GET /open}: {@code hello()}.
   */
  public static final OperationSecurity HELLO = OperationSecurity.open(
      "hello()",
      "GET",
      "/open");

  private static final List<OperationSecurity> OPERATIONS = List.of(HELLO);

  /**
   * For the runtime's service loader.
   */
  public OpenApi_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.OpenApi";
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
