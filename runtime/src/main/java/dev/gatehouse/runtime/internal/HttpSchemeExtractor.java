package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;

/**
 * Extracts the credentials of a generic HTTP authentication scheme ({@code @HttpScheme}) for the
 * application's own verifier.
 *
 * <p>Unlike FastAPI's {@code HTTPBase}, which accepts any scheme word, the scheme must match the
 * declared one, ASCII-case-insensitively (security rules 1.1.2; the annotation documents the same).
 * The credentials must be one token68 or a duplicate-free auth-param list (RFC 9110 section 11.4).
 * The scheme word alone is absent.
 */
final class HttpSchemeExtractor implements CredentialExtractor<AuthorizationCredentials> {

  private final String schemeWord;

  HttpSchemeExtractor(String schemeWord) {
    this.schemeWord = schemeWord;
  }

  @Override
  public Extraction<AuthorizationCredentials> extract(RequestView request) {
    AuthorizationField.Parsed field = AuthorizationField.read(request, schemeWord);
    switch (field.kind()) {
      case ABSENT:
      case SCHEME_ONLY:
        return Extraction.absent();
      case REJECTED:
        return Extraction.rejected(field.reason());
      default:
        break;
    }
    String credentials = field.credentials();
    if (!field.token68()) {
      AuthParams.Parsed params = AuthParams.parse(credentials);
      if (params.reason() == Reason.DUPLICATE_AUTH_PARAM) {
        return Extraction.rejected(Reason.DUPLICATE_AUTH_PARAM);
      }
      if (params.reason() != null) {
        return Extraction.rejected(Reason.BAD_CREDENTIALS_SYNTAX);
      }
    }
    return Extraction.present(new AuthorizationCredentials(field.scheme(), credentials));
  }
}
