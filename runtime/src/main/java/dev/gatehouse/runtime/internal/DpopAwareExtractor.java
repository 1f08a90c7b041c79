package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.BearerToken.Transport;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;

/**
 * The extractor of a scheme whose tokens may be DPoP-bound: {@code Authorization: DPoP <token>}
 * (RFC 9449 section 7.1) with the same syntax rules as {@code Bearer}, or whatever the scheme's
 * bearer extractor finds. A DPoP header together with a bearer token in the body or query is two
 * transports (400). The proof itself is checked after the token verified ({@link SenderCheck}).
 */
public final class DpopAwareExtractor implements CredentialExtractor<BearerToken> {
  private final CredentialExtractor<BearerToken> bearer;

  public DpopAwareExtractor(CredentialExtractor<BearerToken> bearer) {
    this.bearer = bearer;
  }

  @Override
  public Extraction<BearerToken> extract(RequestView request) {
    AuthorizationField.Parsed field = AuthorizationField.read(request, "DPoP");
    Extraction<BearerToken> dpop =
        switch (field.kind()) {
          case ABSENT -> null;
          case SCHEME_ONLY -> Extraction.rejected(Reason.EMPTY_TOKEN);
          case REJECTED -> Extraction.rejected(field.reason());
          default -> BearerExtractor.token(field.credentials(), Transport.DPOP);
        };
    Extraction<BearerToken> other = bearer.extract(request);
    if (dpop == null) {
      return other;
    }
    if (!(other instanceof Extraction.Absent<?>)
        && field.kind() != AuthorizationField.Kind.REJECTED) {
      return Extraction.rejected(Reason.MULTIPLE_BEARER_TRANSPORTS);
    }
    return dpop;
  }
}
