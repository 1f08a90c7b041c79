package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.OperationTable;
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
   * One row per operation: Java method, HTTP method, path, then the requirement objects
   * (see {@link OperationTable}): {@code "A", "&", "B scope"} needs both, {@code "|"} separates
   * alternatives, a last {@code "{}"} lets anonymous callers in, none is public.
   */
  private static final String[][] TABLE = {
    {"header()", "GET", "/schemes/header", "APIKeyHeader"},
    {"cookie()", "GET", "/schemes/cookie", "APIKeyCookie"},
    {"query()", "GET", "/schemes/query", "QueryKey"},
    {"basic()", "GET", "/schemes/basic", "HTTPBasic"},
    {"bearer()", "GET", "/schemes/bearer", "HTTPBearer"},
    {"packageBearer()", "GET", "/schemes/package-bearer", "PackageBearer"},
    {"digest()", "GET", "/schemes/digest", "HTTPDigest"},
    {"hoba()", "GET", "/schemes/hoba", "HTTPBase"},
    {"code()", "GET", "/schemes/code", "OAuth2AuthorizationCodeBearer read"},
    {"everything()", "GET", "/schemes/everything", "Everything a c"},
    {"oidc()", "GET", "/schemes/oidc", "OpenIdConnect openid profile"},
  };

  private static final List<OperationSecurity> OPERATIONS = OperationTable.read(TABLE);

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
