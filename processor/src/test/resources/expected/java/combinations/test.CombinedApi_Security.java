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
    comments = "https://github.com/gatehouse-dev/gatehouse"
)
public final class CombinedApi_Security implements GeneratedEndpoint {
  /**
   * {@code GET /combined/interface-level}: {@code interfaceLevel()}.
   */
  public static final OperationSecurity INTERFACE_LEVEL = OperationSecurity.required("interfaceLevel()", "GET", "/combined/interface-level", false,
    List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/either}: {@code either()}.
   */
  public static final OperationSecurity EITHER = OperationSecurity.required("either()", "GET", "/combined/either", false,
    List.of(SchemeRequirement.of("APIKeyHeader")),
    List.of(SchemeRequirement.of("HTTPBearer", "read")));

  /**
   * {@code GET /combined/both}: {@code both()}.
   */
  public static final OperationSecurity BOTH = OperationSecurity.required("both()", "GET", "/combined/both", false,
    List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBearer", "read")));

  /**
   * {@code POST /combined/mixed}: {@code mixed()}.
   */
  public static final OperationSecurity MIXED = OperationSecurity.required("mixed()", "POST", "/combined/mixed", false,
    List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBasic")),
    List.of(SchemeRequirement.of("APIKeyHeader"), SchemeRequirement.of("HTTPBearer")),
    List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/optional}: {@code optional()}.
   */
  public static final OperationSecurity OPTIONAL = OperationSecurity.required("optional()", "GET", "/combined/optional", true,
    List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /combined/optional-own}: {@code optionalOwn()}.
   */
  public static final OperationSecurity OPTIONAL_OWN = OperationSecurity.required("optionalOwn()", "GET", "/combined/optional-own", true,
    List.of(SchemeRequirement.of("APIKeyHeader")));

  /**
   * {@code DELETE /combined/public}: {@code publicOperation()}.
   */
  public static final OperationSecurity PUBLIC_OPERATION = OperationSecurity.open("publicOperation()", "DELETE", "/combined/public");

  /**
   * {@code GET /combined/overridden}: {@code overridden()}.
   */
  public static final OperationSecurity OVERRIDDEN = OperationSecurity.required("overridden()", "GET", "/combined/overridden", false,
    List.of(SchemeRequirement.of("APIKeyHeader")));

  /**
   * {@code GET /combined/inherited}: {@code inherited()}.
   */
  public static final OperationSecurity INHERITED = OperationSecurity.required("inherited()", "GET", "/combined/inherited", false,
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
