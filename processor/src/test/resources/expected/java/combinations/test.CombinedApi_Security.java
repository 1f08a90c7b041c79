package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeRequirement;
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
   * {@code GET /combined/interface-level}: {@code interfaceLevel()}.
   */
  public static final OperationSecurity INTERFACE_LEVEL = OperationSecurity.required(
      "interfaceLevel()",
      "GET",
      "/combined/interface-level",
      List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/either}: {@code either()}.
   */
  public static final OperationSecurity EITHER = OperationSecurity.required(
      "either()",
      "GET",
      "/combined/either",
      List.of(SchemeRequirement.of("APIKeyHeader")),
      List.of(SchemeRequirement.of("HTTPBearer", "read")));

  /**
   * {@code GET /combined/both}: {@code both()}.
   */
  public static final OperationSecurity BOTH = OperationSecurity.required(
      "both()",
      "GET",
      "/combined/both",
      List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBearer", "read")));

  /**
   * {@code POST /combined/mixed}: {@code mixed()}.
   */
  public static final OperationSecurity MIXED = OperationSecurity.required(
      "mixed()",
      "POST",
      "/combined/mixed",
      List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBasic")),
      List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBearer")),
      List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/optional}: {@code optional()}.
   */
  public static final OperationSecurity OPTIONAL = OperationSecurity.optional(
      "optional()",
      "GET",
      "/combined/optional",
      List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/optional-own}: {@code optionalOwn()}.
   */
  public static final OperationSecurity OPTIONAL_OWN = OperationSecurity.optional(
      "optionalOwn()",
      "GET",
      "/combined/optional-own",
      List.of(SchemeRequirement.of("APIKeyHeader")));

  /**
   * {@code DELETE /combined/public}: {@code publicOperation()}.
   */
  public static final OperationSecurity PUBLIC_OPERATION = OperationSecurity.open(
      "publicOperation()",
      "DELETE",
      "/combined/public");

  /**
   * {@code GET /combined/overridden}: {@code overridden()}.
   */
  public static final OperationSecurity OVERRIDDEN = OperationSecurity.required(
      "overridden()",
      "GET",
      "/combined/overridden",
      List.of(SchemeRequirement.of("APIKeyHeader")));

  /**
   * {@code GET /combined/inherited}: {@code inherited()}.
   */
  public static final OperationSecurity INHERITED = OperationSecurity.required(
      "inherited()",
      "GET",
      "/combined/inherited",
      List.of(SchemeRequirement.of("HTTPBearer")));

  private static final List<OperationSecurity> OPERATIONS = List.of(INTERFACE_LEVEL, EITHER, BOTH, MIXED, OPTIONAL, OPTIONAL_OWN, PUBLIC_OPERATION, OVERRIDDEN, INHERITED);

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
