package test;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link BasicCredentials} of scheme {@code HTTPBasic}, declared with {@code @HttpBasic} on {@code test.CombinedApi}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class CombinedApi_HTTPBasic_CredentialExtractor implements CredentialExtractor<BasicCredentials>, GeneratedScheme {
  public static final String SCHEME_NAME = "HTTPBasic";

  public static final String REALM = "";

  private static final CredentialExtractor<BasicCredentials> EXTRACTOR = Extractors.basic();

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.basic(
      SCHEME_NAME,
      REALM,
      new CombinedApi_HTTPBasic_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public CombinedApi_HTTPBasic_CredentialExtractor() {
  }

  @Override
  public Extraction<BasicCredentials> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }
}
