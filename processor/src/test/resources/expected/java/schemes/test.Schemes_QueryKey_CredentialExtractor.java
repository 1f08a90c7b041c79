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
 * Extracts ApiKey credentials of scheme {@code QueryKey}, declared with {@code @ApiKeyQuery} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "https://github.com/gatehouse-dev/gatehouse"
)
public final class Schemes_QueryKey_CredentialExtractor implements CredentialExtractor<ApiKey>, GeneratedScheme {
  public static final String SCHEME_NAME = "QueryKey";

  public static final String QUERY_PARAMETER = "api_key";

  private static final CredentialExtractor<ApiKey> EXTRACTOR = Extractors.apiKeyQuery(QUERY_PARAMETER);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = new SchemeDefinition(SCHEME_NAME, SchemeKind.API_KEY, "", "", new Schemes_QueryKey_CredentialExtractor(), SchemeDefinition.queryPlace(QUERY_PARAMETER));

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public Schemes_QueryKey_CredentialExtractor() {
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
