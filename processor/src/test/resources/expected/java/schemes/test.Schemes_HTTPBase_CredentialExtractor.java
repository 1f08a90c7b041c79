package test;

import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link AuthorizationCredentials} of scheme {@code HTTPBase}, declared with {@code @HttpScheme} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Schemes_HTTPBase_CredentialExtractor implements CredentialExtractor<AuthorizationCredentials>, GeneratedScheme {
  public static final String SCHEME_NAME = "HTTPBase";

  public static final String SCHEME = "HOBA";

  private static final CredentialExtractor<AuthorizationCredentials> EXTRACTOR = Extractors.httpScheme(SCHEME);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.http(
      SCHEME_NAME,
      SCHEME,
      new Schemes_HTTPBase_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public Schemes_HTTPBase_CredentialExtractor() {
  }

  @Override
  public Extraction<AuthorizationCredentials> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }
}
