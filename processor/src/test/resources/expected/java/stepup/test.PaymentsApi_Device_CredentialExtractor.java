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
 * Extracts the {@link ApiKey} of scheme {@code Device}, declared with {@code @ApiKeyHeader} on {@code test.PaymentsApi}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class PaymentsApi_Device_CredentialExtractor implements CredentialExtractor<ApiKey>, GeneratedScheme {
  public static final String SCHEME_NAME = "Device";

  public static final String HEADER_NAME = "X-Device-Key";

  private static final CredentialExtractor<ApiKey> EXTRACTOR = Extractors.apiKeyHeader(HEADER_NAME);

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.apiKeyHeader(
      SCHEME_NAME,
      HEADER_NAME,
      new PaymentsApi_Device_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public PaymentsApi_Device_CredentialExtractor() {
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
