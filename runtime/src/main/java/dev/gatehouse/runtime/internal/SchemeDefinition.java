package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import java.util.Objects;

/**
 * One declared security scheme as generated code describes it: its name and kind, the realm and
 * scheme word its challenge needs, and its credential extractor.
 *
 * @param realm the declared realm (Basic), or empty for the runtime's default realm
 * @param challengeScheme the scheme word of the challenge for {@link SchemeKind#HTTP} schemes
 */
public record SchemeDefinition(
    String name,
    SchemeKind kind,
    String realm,
    String challengeScheme,
    CredentialExtractor<? extends Credential> extractor) {

  public SchemeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(challengeScheme, "challengeScheme");
    Objects.requireNonNull(extractor, "extractor");
  }
}
