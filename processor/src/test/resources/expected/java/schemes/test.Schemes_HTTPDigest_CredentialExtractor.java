package test;

import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link DigestCredentials} of scheme {@code HTTPDigest}, declared with {@code @HttpDigest} on {@code test.Schemes}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Schemes_HTTPDigest_CredentialExtractor implements CredentialExtractor<DigestCredentials>, GeneratedScheme {
  public static final String SCHEME_NAME = "HTTPDigest";

  private static final CredentialExtractor<DigestCredentials> EXTRACTOR = Extractors.digest();

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.digest(
      SCHEME_NAME,
      new Schemes_HTTPDigest_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public Schemes_HTTPDigest_CredentialExtractor() {
  }

  @Override
  public Extraction<DigestCredentials> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }
}
