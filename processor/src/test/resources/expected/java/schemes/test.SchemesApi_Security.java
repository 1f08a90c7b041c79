package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link SchemesApi}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class SchemesApi_Security implements GeneratedEndpoint {
  /**
   * {@code GET /schemes/header}: {@code header()}.
   */
  public static final OperationSecurity HEADER = OperationSecurity.required(
      "header()",
      "GET",
      "/schemes/header",
      List.of(SchemeRequirement.of("APIKeyHeader")));

  /**
   * {@code GET /schemes/cookie}: {@code cookie()}.
   */
  public static final OperationSecurity COOKIE = OperationSecurity.required(
      "cookie()",
      "GET",
      "/schemes/cookie",
      List.of(SchemeRequirement.of("APIKeyCookie")));

  /**
   * {@code GET /schemes/query}: {@code query()}.
   */
  public static final OperationSecurity QUERY = OperationSecurity.required(
      "query()",
      "GET",
      "/schemes/query",
      List.of(SchemeRequirement.of("QueryKey")));

  /**
   * {@code GET /schemes/basic}: {@code basic()}.
   */
  public static final OperationSecurity BASIC = OperationSecurity.required(
      "basic()",
      "GET",
      "/schemes/basic",
      List.of(SchemeRequirement.of("HTTPBasic")));

  /**
   * {@code GET /schemes/bearer}: {@code bearer()}.
   */
  public static final OperationSecurity BEARER = OperationSecurity.required(
      "bearer()",
      "GET",
      "/schemes/bearer",
      List.of(SchemeRequirement.of("HTTPBearer")));

  /**
   * {@code GET /schemes/package-bearer}: {@code packageBearer()}.
   */
  public static final OperationSecurity PACKAGE_BEARER = OperationSecurity.required(
      "packageBearer()",
      "GET",
      "/schemes/package-bearer",
      List.of(SchemeRequirement.of("PackageBearer")));

  /**
   * {@code GET /schemes/digest}: {@code digest()}.
   */
  public static final OperationSecurity DIGEST = OperationSecurity.required(
      "digest()",
      "GET",
      "/schemes/digest",
      List.of(SchemeRequirement.of("HTTPDigest")));

  /**
   * {@code GET /schemes/hoba}: {@code hoba()}.
   */
  public static final OperationSecurity HOBA = OperationSecurity.required(
      "hoba()",
      "GET",
      "/schemes/hoba",
      List.of(SchemeRequirement.of("HTTPBase")));

  /**
   * {@code GET /schemes/code}: {@code code()}.
   */
  public static final OperationSecurity CODE = OperationSecurity.required(
      "code()",
      "GET",
      "/schemes/code",
      List.of(SchemeRequirement.of("OAuth2AuthorizationCodeBearer", "read")));

  /**
   * {@code GET /schemes/everything}: {@code everything()}.
   */
  public static final OperationSecurity EVERYTHING = OperationSecurity.required(
      "everything()",
      "GET",
      "/schemes/everything",
      List.of(SchemeRequirement.of("Everything", "a", "c")));

  /**
   * {@code GET /schemes/oidc}: {@code oidc()}.
   */
  public static final OperationSecurity OIDC = OperationSecurity.required(
      "oidc()",
      "GET",
      "/schemes/oidc",
      List.of(SchemeRequirement.of("OpenIdConnect", "openid", "profile")));

  private static final List<OperationSecurity> OPERATIONS = List.of(HEADER, COOKIE, QUERY, BASIC, BEARER, PACKAGE_BEARER, DIGEST, HOBA, CODE, EVERYTHING, OIDC);

  /**
   * For the runtime's service loader.
   */
  public SchemesApi_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.SchemesApi";
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
