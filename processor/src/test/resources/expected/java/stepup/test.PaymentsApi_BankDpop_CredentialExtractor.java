package test;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import javax.annotation.processing.Generated;

/**
 * Extracts the {@link BearerToken} of scheme {@code BankDpop}, declared with {@code @OpenIdConnect} on {@code test.PaymentsApi}.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class PaymentsApi_BankDpop_CredentialExtractor implements CredentialExtractor<BearerToken>, GeneratedScheme {
  public static final String SCHEME_NAME = "BankDpop";

  public static final String OPEN_ID_CONNECT_URL = "https://id.example.com/.well-known/openid-configuration";

  private static final CredentialExtractor<BearerToken> EXTRACTOR = Extractors.oauth2();

  /**
   * The scheme, as the runtime sees it.
   */
  public static final SchemeDefinition DEFINITION = SchemeDefinition.openIdConnect(
      SCHEME_NAME,
      new PaymentsApi_BankDpop_CredentialExtractor());

  /**
   * For the runtime's service loader; use {@link #DEFINITION}.
   */
  public PaymentsApi_BankDpop_CredentialExtractor() {
  }

  @Override
  public Extraction<BearerToken> extract(RequestView request) {
    return EXTRACTOR.extract(request);
  }

  @Override
  public SchemeDefinition definition() {
    return DEFINITION;
  }

  @Override
  public SenderConstraint senderConstraint() {
    return SenderConstraint.DPOP;
  }
}
