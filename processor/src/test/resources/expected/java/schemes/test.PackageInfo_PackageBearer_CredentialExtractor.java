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
 * Extracts the {@link BearerToken} of scheme {@code PackageBearer}, declared with {@code @HttpBearer} on {@code test}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class PackageInfo_PackageBearer_CredentialExtractor implements CredentialExtractor<BearerToken>, GeneratedScheme {
  public static final String SCHEME_NAME = "PackageBearer";

  private static final CredentialExtractor<BearerToken> EXTRACTOR = Extractors.bearer();

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.bearer(
      SCHEME_NAME,
      new PackageInfo_PackageBearer_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public PackageInfo_PackageBearer_CredentialExtractor() {
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
