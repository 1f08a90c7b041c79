package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Extraction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code detail} texts of refusals: a stable head a client may match on ({@code "Not
 * authenticated"}, {@code "Invalid authentication credentials"}, ...), then, after {@code "; "},
 * what was wrong and where, so that a developer reading the response knows what to fix.
 *
 * <p>The texts name places (a header, a query parameter, a cookie, the {@code Authorization}
 * field's scheme word), scheme names and fixed reason sentences: everything the OpenAPI document
 * already publishes. They never quote a request's credential bytes, so no secret can leak through
 * them.
 */
final class RefusalText {
  private RefusalText() {}

  /**
   * What an operation expects, e.g. {@code "send an API key in the x-api-key header (scheme
   * ApiKeyAuth) or a Bearer token (scheme OAuth2)"}; the members of one requirement object are
   * joined with "and", the alternatives with "or".
   */
  static String expected(List<List<SchemeDefinition>> alternatives) {
    Set<String> options = new LinkedHashSet<>();
    for (List<SchemeDefinition> alternative : alternatives) {
      List<String> members = new java.util.ArrayList<>(alternative.size());
      for (SchemeDefinition scheme : alternative) {
        members.add(article(scheme) + what(scheme) + " (scheme " + scheme.name() + ")");
      }
      options.add(String.join(" and ", members));
    }
    return "send " + String.join(" or ", options);
  }

  /** A malformed credential of {@code scheme}: what is wrong with it and where it was read. */
  static String malformed(SchemeDefinition scheme, Extraction.Reason reason) {
    return "the " + what(scheme) + " (scheme " + scheme.name() + "): " + malformedReason(reason);
  }

  /** A credential of {@code scheme} that its verifier rejected, with the verifier's reason. */
  static String rejected(SchemeDefinition scheme, String verifierReason) {
    String text = "the verifier of scheme " + scheme.name() + " rejected the " + what(scheme);
    return verifierReason == null ? text : text + ": " + verifierReason;
  }

  /** Two readings of one credential: which ambiguity was found, and where. */
  static String ambiguous(SchemeDefinition scheme, Extraction.Reason reason) {
    String of = " (scheme " + scheme.name() + ")";
    boolean bearer = scheme.kind().isBearerFamily();
    return switch (reason) {
      case DUPLICATE_AUTHORIZATION -> "the request has more than one Authorization header field";
      case DUPLICATE_PARAMETER ->
          (bearer ? "the access_token parameter" : place(scheme)) + " appears more than once" + of;
      case DUPLICATE_HEADER, DUPLICATE_COOKIE -> place(scheme) + " appears more than once" + of;
      case MULTIPLE_BEARER_TRANSPORTS ->
          "a bearer token is sent in more than one of the Authorization header, the form body and"
              + " the query (RFC 6750 section 2 allows exactly one)";
      case DUPLICATE_AUTH_PARAM -> "an auth-param of the Authorization header appears twice" + of;
      case EMPTY_ACCESS_TOKEN -> "the access_token parameter is empty" + of;
      case BAD_PERCENT_ENCODING ->
          (bearer ? "the access_token parameter" : place(scheme))
              + " is not valid percent-encoding (RFC 3986 section 2.1)"
              + of;
      case DIGEST_URI_MISMATCH -> "the Digest uri parameter does not name the request target" + of;
      default -> place(scheme) + " is ambiguous" + of;
    };
  }

  /** The verifier of {@code scheme} could not answer. */
  static String unavailable(SchemeDefinition scheme) {
    return "the verifier of scheme " + scheme.name() + " could not decide; try again later";
  }

  /** The verifier of {@code scheme} throttles failed attempts. */
  static String throttled(SchemeDefinition scheme, java.time.Duration retryAfter) {
    String text = "the verifier of scheme " + scheme.name() + " refuses further attempts for now";
    return retryAfter == null ? text : text + "; retry after " + retryAfter.toSeconds() + " s";
  }

  /** The credential a scheme reads and where, without an article. */
  private static String what(SchemeDefinition scheme) {
    return switch (scheme.kind()) {
      case API_KEY ->
          scheme.place().startsWith("scheme:") ? "API key" : "API key in " + place(scheme);
      case BASIC -> "Basic credentials in the Authorization header";
      case DIGEST -> "Digest credentials in the Authorization header";
      case BEARER, OAUTH2, OPEN_ID_CONNECT -> "Bearer token";
      case HTTP -> scheme.challengeScheme() + " credentials in the Authorization header";
    };
  }

  private static String article(SchemeDefinition scheme) {
    return switch (scheme.kind()) {
      case API_KEY -> "an ";
      case BEARER, OAUTH2, OPEN_ID_CONNECT -> "a ";
      case BASIC, DIGEST, HTTP -> "";
    };
  }

  /** Where a scheme's credential is read, in words. */
  private static String place(SchemeDefinition scheme) {
    String place = scheme.place();
    int colon = place.indexOf(':');
    String kind = colon < 0 ? place : place.substring(0, colon);
    String name = colon < 0 ? "" : place.substring(colon + 1);
    return switch (kind) {
      case "header" -> "the " + name + " header";
      case "query" -> "the " + name + " query parameter";
      case "cookie" -> "the " + name + " cookie";
      case "authorization" -> "the Authorization header";
      default -> "the credential"; // a hand-made definition without a place of its own
    };
  }

  private static String malformedReason(Extraction.Reason reason) {
    return switch (reason) {
      case TOO_LARGE -> "too long";
      case CONTROL_CHARACTER -> "contains a control character";
      case BAD_SCHEME_SEPARATOR ->
          "the scheme word and the credentials are not separated by a space";
      case BAD_TOKEN68 -> "not a token68 value (RFC 9110 section 11.2)";
      case EMPTY_TOKEN -> "empty";
      case BAD_BASE64 -> "not canonical base64 (RFC 4648 section 4)";
      case NOT_UTF8 -> "not UTF-8 once decoded";
      case NO_COLON -> "no ':' between user-id and password (RFC 7617 section 2)";
      case EMPTY_USERNAME -> "empty user-id";
      case EMPTY_PASSWORD -> "empty password";
      case BAD_AUTH_PARAM -> "a malformed auth-param (RFC 9110 section 11.2)";
      case MISSING_AUTH_PARAM -> "a required auth-param is missing";
      case CONFLICTING_AUTH_PARAMS -> "auth-params that contradict each other";
      case BAD_CREDENTIALS_SYNTAX -> "not credentials syntax (RFC 9110 section 11.4)";
      case BAD_COOKIE -> "the Cookie header is not valid (RFC 6265 section 4.2.1)";
      case UNREADABLE_REQUEST -> "the request could not be read";
      default -> "malformed";
    };
  }
}
