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
 * Extracts ApiKey credentials of scheme {@code APIKeyCookie}, declared with {@code @ApiKeyCookie} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "https://github.com/gatehouse-dev/gatehouse"
)
public final class Schemes_APIKeyCookie_CredentialExtractor implements CredentialExtractor<ApiKey>, GeneratedScheme {
  public static final String SCHEME_NAME = "APIKeyCookie";

  public static final String COOKIE_NAME = "session";

  private static final CredentialExtractor<ApiKey> EXTRACTOR = Extractors.apiKeyCookie(COOKIE_NAME);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = new SchemeDefinition(SCHEME_NAME, SchemeKind.API_KEY, "", "", new Schemes_APIKeyCookie_CredentialExtractor(), SchemeDefinition.cookiePlace(COOKIE_NAME));

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public Schemes_APIKeyCookie_CredentialExtractor() {
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
