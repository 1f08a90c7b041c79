package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link PublicApi}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class PublicApi_Security implements GeneratedEndpoint {
  /**
   * {@code GET /public}: {@code open()}.
   */
  public static final OperationSecurity OPEN = OperationSecurity.open(
      "open()",
      "GET",
      "/public");

  /**
   * {@code GET /public/secured}: {@code secured()}.
   */
  public static final OperationSecurity SECURED = OperationSecurity.required(
      "secured()",
      "GET",
      "/public/secured",
      List.of(SchemeRequirement.of("HTTPBasic")));

  private static final List<OperationSecurity> OPERATIONS = List.of(OPEN, SECURED);

  /**
   * For the runtime's service loader.
   */
  public PublicApi_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.PublicApi";
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
