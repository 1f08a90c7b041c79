package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.DigestAlgorithm;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.DigestUser;
import dev.gatehouse.runtime.DigestUserStore;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 7616 verification of Digest credentials for one scheme (security rules 1.7, issue 21): the
 * nonce must be one this service (or a replica sharing its secret) issued for the realm, the {@code
 * opaque} must be the realm's, {@code qop=auth}, SHA-256 or SHA-512-256, the realm the scheme's,
 * and the response must be {@code KD(H(A1), nonce:nc:cnonce:qop:H(method:uri))} over the request's
 * own method and target. A correct response over an expired nonce is stale; a nonce count that does
 * not exceed the last one seen for its nonce is a replay. Unknown users cost the same work as known
 * ones and get the same answer as a wrong response.
 */
public final class DigestVerifier implements Verifier<DigestCredentials> {

  /** The answer with whether the refusal should carry {@code stale=true}. */
  public record Result(Verification verification, boolean stale) {}

  private static final Result REJECTED = new Result(Verification.rejected(), false);

  /** H(A1) of unknown users: some 64-hex value nobody's password hashes to knowingly. */
  private static final String DUMMY_HA1 = "0".repeat(64);

  private final DigestUserStore users;
  private final DigestNonces nonces;
  private final String realm;

  private DigestVerifier(DigestUserStore users, DigestNonces nonces, String realm) {
    this.users = Objects.requireNonNull(users, "users");
    this.nonces = nonces;
    this.realm = realm;
  }

  /**
   * A verifier not yet bound to its realm and nonces; {@code Gatehouse.Builder.build()} binds it.
   */
  public static DigestVerifier unbound(DigestUserStore users) {
    return new DigestVerifier(users, null, null);
  }

  /** This verifier for {@code realm}, checking nonces with {@code nonces}. */
  public DigestVerifier bind(DigestNonces nonces, String realm) {
    return new DigestVerifier(users, Objects.requireNonNull(nonces), Objects.requireNonNull(realm));
  }

  /** Whether challenges should advertise {@code userhash=true}. */
  public boolean supportsUserhash() {
    return users.supportsUserhash();
  }

  @Override
  public Verification verify(DigestCredentials credentials) throws Exception {
    return check(credentials).verification();
  }

  /** Verifies; throws only what the user store throws. */
  public Result check(DigestCredentials c) throws Exception {
    if (nonces == null) {
      throw new IllegalStateException("not bound to a realm");
    }
    Optional<DigestAlgorithm> algorithm = c.algorithm().flatMap(DigestAlgorithm::fromToken);
    Optional<String> nc = c.nc();
    Optional<String> cnonce = c.cnonce();
    if (algorithm.isEmpty()
        || !c.qop().map("auth"::equals).orElse(false)
        || nc.isEmpty()
        || cnonce.isEmpty()
        || c.method().isEmpty()
        || !realm.equals(c.realm())
        || !equal(c.opaque().orElse(""), nonces.opaque(realm))) {
      return REJECTED;
    }
    DigestNonces.Status nonce = nonces.check(c.nonce(), realm);
    if (nonce == DigestNonces.Status.INVALID) {
      return REJECTED;
    }
    DigestAlgorithm h = algorithm.get();
    Optional<DigestUser> user =
        c.userhash()
            ? users.findByUserhash(c.username(), realm, h)
            : users.find(c.username(), realm, h);
    String ha1 = user.map(DigestUser::ha1).orElse(DUMMY_HA1);
    String ha2 = h.hex(c.method() + ":" + c.uri());
    String expected =
        h.hex(ha1 + ":" + c.nonce() + ":" + nc.get() + ":" + cnonce.get() + ":auth:" + ha2);
    if (!equal(c.response(), expected) || user.isEmpty()) {
      return REJECTED;
    }
    if (nonce == DigestNonces.Status.STALE) {
      return new Result(Verification.rejected(), true);
    }
    long count = Long.parseLong(nc.get(), 16); // the extractor checked: 8 hex digits
    if (count == 0 || !nonces.recordCount(c.nonce(), count)) {
      return REJECTED;
    }
    return new Result(Verification.granted(user.get().name(), user.get().scopes()), false);
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "DigestVerifier[realm=" + realm + ", users=" + users + "]";
  }
}
