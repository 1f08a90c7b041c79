package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.AudienceRestricted;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies bearer JWTs from several issuers for one scheme (multi-tenant): the token's unverified
 * {@code iss} picks one of the configured {@link JwtVerifier}s by exact match, and that verifier
 * alone checks the token with its own keys, audience and algorithms.
 *
 * <pre>{@code
 * MultiIssuerJwtVerifier verifier = MultiIssuerJwtVerifier.of(
 *     JwtVerifier.builder().openIdConnect(URI.create(tenantA + "/.well-known/openid-configuration"))
 *         .audience("orders-api").algorithms(JWSAlgorithm.RS256).build(),
 *     JwtVerifier.builder().openIdConnect(URI.create(tenantB + "/.well-known/openid-configuration"))
 *         .audience("orders-api").algorithms(JWSAlgorithm.ES256).build());
 * }</pre>
 *
 * <p>A token whose {@code iss} is not configured is refused ({@link JwtRejection#WRONG_ISSUER})
 * before any key is fetched, so a stream of invented issuers costs no network call. Since each
 * issuer's verifier knows only that issuer's keys, a token signed with issuer A's key that names
 * issuer B is checked against B's keys and refused: there is no key confusion across issuers.
 */
public final class MultiIssuerJwtVerifier implements Verifier<BearerToken>, AudienceRestricted {
  private final Map<String, JwtVerifier> byIssuer;

  /** The union of the verifiers' algorithms, for reading the header before routing. */
  private final Map<String, JWSAlgorithm> algorithms;

  private final int maxTokenLength;

  private MultiIssuerJwtVerifier(Map<String, JwtVerifier> byIssuer) {
    this.byIssuer = Map.copyOf(byIssuer);
    Map<String, JWSAlgorithm> union = new LinkedHashMap<>();
    int longest = 0;
    for (JwtVerifier verifier : byIssuer.values()) {
      union.putAll(verifier.algorithms());
      longest = Math.max(longest, verifier.maxTokenLength());
    }
    this.algorithms = Map.copyOf(union);
    this.maxTokenLength = longest;
  }

  /** Every issuer's audience: each must be the resource identifier where there is one. */
  @Override
  public java.util.Set<String> audiences() {
    java.util.Set<String> all = new java.util.TreeSet<>();
    byIssuer.values().forEach(v -> all.addAll(v.audiences()));
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * One verifier per issuer, each built with its own {@code issuer} (or {@code openIdConnect}),
   * keys, audience and algorithms.
   *
   * @throws IllegalArgumentException when none is given or two accept the same issuer
   */
  public static MultiIssuerJwtVerifier of(JwtVerifier... verifiers) {
    if (verifiers.length == 0) {
      throw new IllegalArgumentException("Give at least one JwtVerifier, one per trusted issuer");
    }
    Map<String, JwtVerifier> byIssuer = new LinkedHashMap<>();
    for (JwtVerifier verifier : verifiers) {
      Objects.requireNonNull(verifier, "verifier");
      if (byIssuer.putIfAbsent(verifier.issuer(), verifier) != null) {
        throw new IllegalArgumentException(
            "Two verifiers accept the issuer \"" + verifier.issuer() + "\"; give one per issuer");
      }
    }
    return new MultiIssuerJwtVerifier(byIssuer);
  }

  /** {@link #check} for the decision layer. */
  @Override
  public Verification verify(BearerToken credential) throws KeySourceUnavailableException {
    JwtCheck check = check(credential.token());
    return check.isValid()
        ? check.verification()
        : Verification.rejected(check.rejection().orElseThrow().description());
  }

  /** Whether some issuer's verifier may block (fetches its keys). */
  @Override
  public boolean mayBlock() {
    for (JwtVerifier verifier : byIssuer.values()) {
      if (verifier.mayBlock()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Routes the token by its unverified {@code iss} to that issuer's verifier, or refuses it.
   *
   * @throws KeySourceUnavailableException when the chosen issuer's keys are unavailable
   */
  public JwtCheck check(String token) throws KeySourceUnavailableException {
    if (token == null || token.isEmpty()) {
      return JwtCheck.rejected(JwtRejection.MALFORMED);
    }
    if (token.length() > maxTokenLength) {
      return JwtCheck.rejected(JwtRejection.TOO_LARGE);
    }
    JwtVerifier chosen;
    try {
      // Read, not trusted: iss only selects which configured verifier judges the token.
      Object iss = CompactJws.parse(token, algorithms, false).claims().get("iss");
      chosen = iss instanceof String name ? byIssuer.get(name) : null;
      if (chosen == null) {
        return JwtCheck.rejected(
            iss == null
                ? JwtRejection.MISSING_CLAIM
                : iss instanceof String ? JwtRejection.WRONG_ISSUER : JwtRejection.INVALID_CLAIM);
      }
    } catch (TokenRejected e) {
      return JwtCheck.rejected(e.reason);
    } catch (RuntimeException | StackOverflowError e) {
      return JwtCheck.rejected(JwtRejection.MALFORMED);
    }
    return chosen.check(token);
  }

  /** Obtains every issuer's keys now, so a wrong URL shows at start-up. Optional. */
  public void preload() throws KeySourceUnavailableException {
    for (JwtVerifier verifier : byIssuer.values()) {
      verifier.preload();
    }
  }

  /** Names the trusted issuers. */
  @Override
  public String toString() {
    return "MultiIssuerJwtVerifier" + new java.util.TreeSet<>(byIssuer.keySet());
  }
}
