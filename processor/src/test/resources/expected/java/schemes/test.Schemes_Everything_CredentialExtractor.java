package test;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link BearerToken} of scheme {@code Everything}, declared with {@code @OAuth2} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Schemes_Everything_CredentialExtractor implements CredentialExtractor<BearerToken>, GeneratedScheme {
  public static final String SCHEME_NAME = "Everything";

  private static final CredentialExtractor<BearerToken> EXTRACTOR = Extractors.oauth2();

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.oauth2(
      SCHEME_NAME,
      new Schemes_Everything_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public Schemes_Everything_CredentialExtractor() {
  }

  @Override
  public Extraction<BearerToken> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }
}
