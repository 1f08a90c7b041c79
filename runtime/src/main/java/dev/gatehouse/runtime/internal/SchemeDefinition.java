package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import java.util.Locale;
import java.util.Objects;

/**
 * One declared security scheme as generated code describes it: its name and kind, the realm and
 * scheme word its challenge needs, its credential extractor, and the place in a request its
 * credential is read from.
 *
 * @param realm the declared realm (Basic), or empty for the runtime's default realm
 * @param challengeScheme the scheme word of the challenge for {@link SchemeKind#HTTP} schemes
 * @param place where the credential is read from; schemes with the same place read one and the
 *     same credential, which is invalid only when every one of them rejects it (see {@link
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
