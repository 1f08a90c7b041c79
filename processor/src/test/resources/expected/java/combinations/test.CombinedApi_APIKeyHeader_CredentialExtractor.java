package test;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import javax.annotation.processing.Generated;

/**
 * Extracts ApiKey credentials of scheme {@code APIKeyHeader}, declared with {@code @ApiKeyHeader} on {@code test.CombinedApi}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "https://github.com/gatehouse-dev/gatehouse"
)
public final class CombinedApi_APIKeyHeader_CredentialExtractor implements CredentialExtractor<ApiKey>, GeneratedScheme {
  public static final String SCHEME_NAME = "APIKeyHeader";

  public static final String HEADER_NAME = "X-API-Key";

  private static final CredentialExtractor<ApiKey> EXTRACTOR = Extractors.apiKeyHeader(HEADER_NAME);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = new SchemeDefinition(SCHEME_NAME, SchemeKind.API_KEY, "", "", new CombinedApi_APIKeyHeader_CredentialExtractor(), SchemeDefinition.headerPlace(HEADER_NAME));

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public CombinedApi_APIKeyHeader_CredentialExtractor() {
  }

  @Override
  public Extraction<ApiKey> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }
}
