package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import java.util.Locale;
import java.util.Objects;

/**
 * One declared security scheme as generated code describes it: its name and kind, the realm and
 * scheme word its challenge needs, its credential extractor, and the place in a request its
 * credential is read from.
 *
 * @param realm the declared realm (Basic), or empty for the runtime's default realm
 * @param challengeScheme the scheme word of the challenge for {@link SchemeKind#HTTP} schemes
 * @param place where the credential is read from; schemes with the same place read one and the same
 *     credential, which is invalid only when every one of them rejects it (see {@link
 *     #headerPlace}, {@link #queryPlace}, {@link #cookiePlace}; other kinds read the {@code
 *     Authorization} field, one place per scheme word)
 */
public record SchemeDefinition(
    String name,
    SchemeKind kind,
    String realm,
    String challengeScheme,
    CredentialExtractor<? extends Credential> extractor,
    String place) {

  public SchemeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(challengeScheme, "challengeScheme");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(place, "place");
  }

  /**
   * A scheme whose place follows from its kind: the {@code Authorization} field with the kind's
   * scheme word, or for an API key a place of its own (generated code passes its real place).
   */
  public SchemeDefinition(
      String name,
      SchemeKind kind,
      String realm,
      String challengeScheme,
      CredentialExtractor<? extends Credential> extractor) {
    this(
        name,
        kind,
        realm,
        challengeScheme,
        extractor,
        switch (kind) {
          case API_KEY -> "scheme:" + name;
          case BASIC -> "authorization:basic";
          case BEARER, OAUTH2, OPEN_ID_CONNECT -> "authorization:bearer";
          case DIGEST -> "authorization:digest";
          case HTTP -> "authorization:" + challengeScheme.toLowerCase(Locale.ROOT);
        });
  }

  /** An API key read from the header {@code headerName} (generated code names each argument). */
  public static SchemeDefinition apiKeyHeader(
      String name, String headerName, CredentialExtractor<ApiKey> extractor) {
    return new SchemeDefinition(
        name, SchemeKind.API_KEY, "", "", extractor, headerPlace(headerName));
  }

  /** An API key read from the query parameter {@code parameterName}. */
  public static SchemeDefinition apiKeyQuery(
      String name, String parameterName, CredentialExtractor<ApiKey> extractor) {
    return new SchemeDefinition(
        name, SchemeKind.API_KEY, "", "", extractor, queryPlace(parameterName));
  }

  /** An API key read from the cookie {@code cookieName}. */
  public static SchemeDefinition apiKeyCookie(
      String name, String cookieName, CredentialExtractor<ApiKey> extractor) {
    return new SchemeDefinition(
        name, SchemeKind.API_KEY, "", "", extractor, cookiePlace(cookieName));
  }

  /**
   * An {@code http} {@code basic} scheme; {@code realm} is the declared {@code @HttpBasic(realm)},
   * empty for the runtime's default realm.
   */
  public static SchemeDefinition basic(
      String name, String realm, CredentialExtractor<BasicCredentials> extractor) {
    return new SchemeDefinition(name, SchemeKind.BASIC, realm, "", extractor);
  }

  /** An {@code http} {@code bearer} scheme. */
  public static SchemeDefinition bearer(String name, CredentialExtractor<BearerToken> extractor) {
    return new SchemeDefinition(name, SchemeKind.BEARER, "", "", extractor);
  }

  /** An {@code http} {@code digest} scheme (RFC 7616). */
  public static SchemeDefinition digest(
      String name, CredentialExtractor<DigestCredentials> extractor) {
    return new SchemeDefinition(name, SchemeKind.DIGEST, "", "", extractor);
  }

  /** Any other {@code http} scheme, whose challenges use the scheme word {@code scheme}. */
  public static SchemeDefinition http(
      String name, String scheme, CredentialExtractor<AuthorizationCredentials> extractor) {
    return new SchemeDefinition(name, SchemeKind.HTTP, "", scheme, extractor);
  }

  /** An {@code oauth2} scheme: a bearer token. */
  public static SchemeDefinition oauth2(String name, CredentialExtractor<BearerToken> extractor) {
    return new SchemeDefinition(name, SchemeKind.OAUTH2, "", "", extractor);
  }

  /** An {@code openIdConnect} scheme: a bearer token. */
  public static SchemeDefinition openIdConnect(
      String name, CredentialExtractor<BearerToken> extractor) {
    return new SchemeDefinition(name, SchemeKind.OPEN_ID_CONNECT, "", "", extractor);
  }

  /** The place of an API key in the header {@code name} (header names ignore case). */
  public static String headerPlace(String name) {
    return "header:" + name.toLowerCase(Locale.ROOT);
  }

  /** The place of an API key in the query parameter {@code name}. */
  public static String queryPlace(String name) {
    return "query:" + name;
  }

  /** The place of an API key in the cookie {@code name}. */
  public static String cookiePlace(String name) {
    return "cookie:" + name;
  }
}
