package test;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link ApiKey} of scheme {@code APIKeyCookie}, declared with {@code @ApiKeyCookie} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Schemes_APIKeyCookie_CredentialExtractor implements CredentialExtractor<ApiKey>, GeneratedScheme {
  public static final String SCHEME_NAME = "APIKeyCookie";

  public static final String COOKIE_NAME = "session";

  private static final CredentialExtractor<ApiKey> EXTRACTOR = Extractors.apiKeyCookie(COOKIE_NAME);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.apiKeyCookie(
      SCHEME_NAME,
      COOKIE_NAME,
      new Schemes_APIKeyCookie_CredentialExtractor());

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
