package dev.gatehouse.it.soak;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider on loopback that rotates its signing keys: a JWKS endpoint, and tokens
 * minted with each key.
 *
 * <p>Rotation happens in steps. At step {@code n} the published set is {@code K(n)} (the current
 * key, new at this step), {@code K(n-1)} and {@code K(n-2)}; {@code K(n-3)} has just been
 * withdrawn, and older keys are long retired. Key types alternate: even steps RSA-2048 (RS256), odd
 * steps P-256 (ES256). Every step moves the shared {@link SteppingClock} forward by {@link #STEP},
 * longer than the runtime's fixed floor of 30 s between two JWKS fetches, so the verifier may fetch
 * once per step and no more.
 */
final class IdentityProvider implements AutoCloseable {
  static final String ISSUER = "https://idp.soak.test";
  static final String AUDIENCE = "api://gatehouse-soak";
  static final Duration STEP = Duration.ofSeconds(31);

  /** How many published keys there are after the first steps: current plus two previous. */
  static final int PUBLISHED = 3;

  /** Retired keys kept for minting refused tokens; older ones are dropped (bounded memory). */
  private static final int RETIRED_KEPT = 4;

  /** One signing key and the tokens minted with it when it was created. */
  static final class SigningKey {
    final int step;
    final String kid;
    final boolean rsa;
    final JWK publicJwk;

    /** With {@code kid}; decided by their claims (or signature) while the key is trusted. */
    final List<Minted> withKid;

    /** Without {@code kid}, valid claims: the verifier tries every key of the type. */
    final Minted withoutKid;

    SigningKey(
        int step, String kid, boolean rsa, JWK publicJwk, List<Minted> withKid, Minted withoutKid) {
      this.step = step;
      this.kid = kid;
      this.rsa = rsa;
      this.publicJwk = publicJwk;
      this.withKid = withKid;
      this.withoutKid = withoutKid;
    }
  }

  /** A compact token and what a verifier that holds its key must answer. */
  record Minted(String label, String compact, Verdict ifKeyKnown) {}

  /**
   * The keys of one step: {@code trusted} (current first) verify in every key cache the runtime can
   * hold during the step; {@code retired} are in none of them.
   */
  record Step(int n, List<SigningKey> trusted, List<SigningKey> retired) {}

  private final SteppingClock clock;
  private final SecureRandom random = new SecureRandom();
  private final RSAKey attackerRsa;
  private final ECKey attackerEc;

  /** Tokens whose verdict does not depend on the step. */
  private final List<Minted> keyIndependent;

  private final List<SigningKey> keys = new ArrayList<>();
  private final List<Integer> servedSteps = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger fetches = new AtomicInteger();
  private final HttpServer server;
  private volatile String published;
  private volatile int publishedStep;
  private volatile Step step;

  IdentityProvider(SteppingClock clock) throws JOSEException {
    this.clock = clock;
    this.attackerRsa = new RSAKeyGenerator(2048).generate();
    this.attackerEc = new ECKeyGenerator(Curve.P_256).generate();
    this.keyIndependent = keyIndependentTokens();
    SigningKey first = create(0, clock.instant());
    keys.add(first);
    publish(0);
    step = new Step(0, List.of(first), List.of());
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/jwks.json",
        exchange -> {
          String body;
          synchronized (this) {
            body = published;
            servedSteps.add(publishedStep);
          }
          fetches.incrementAndGet();
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  URI jwksUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
  }

  /** The keys of the current step; changes only in {@link #advance}. */
  Step step() {
    return step;
  }

  List<Minted> keyIndependent() {
    return keyIndependent;
  }

  /** JWKS fetches answered so far. */
  int fetches() {
    return fetches.get();
  }

  /** The step whose key set each fetch received, in order. */
  List<Integer> servedSteps() {
    synchronized (servedSteps) {
      return List.copyOf(servedSteps);
    }
  }

  /** Generates the next key and mints its tokens, dated at the next step; publishes nothing. */
  SigningKey prepareNext() throws JOSEException {
    int n = step.n() + 1;
    return create(n, clock.instant().plus(STEP));
  }

  /**
   * Publishes {@code next} as the current key, withdraws the oldest published one and moves the
   * clock one step. The caller makes sure no request is being decided meanwhile.
   */
  void advance(SigningKey next) {
    keys.add(next);
    int n = next.step;
    publish(n);
    clock.advance(STEP);
    List<SigningKey> trusted = new ArrayList<>();
    List<SigningKey> retired = new ArrayList<>();
    for (SigningKey k : keys) {
      if (k.step > n - PUBLISHED) {
        trusted.add(0, k);
      } else if (k.step <= n - PUBLISHED - 1) {
        // Step n-3 was withdrawn at this step: a cache from step n-1 still holds it, so it is
        // neither trusted nor surely refused, and the soak never uses it.
        retired.add(k);
      }
    }
    while (retired.size() > RETIRED_KEPT) {
      keys.remove(retired.remove(0));
    }
    step = new Step(n, List.copyOf(trusted), List.copyOf(retired));
  }

  private synchronized void publish(int n) {
    List<JWK> jwks = new ArrayList<>();
    for (SigningKey k : keys) {
      if (k.step > n - PUBLISHED && k.step <= n) {
        jwks.add(k.publicJwk);
      }
    }
    published = new JWKSet(jwks).toString();
    publishedStep = n;
  }

  private SigningKey create(int n, Instant at) throws JOSEException {
    boolean rsa = n % 2 == 0;
    String kid = "k" + n + "-" + Long.toHexString(random.nextLong());
    JWK key =
        rsa
            ? new RSAKeyGenerator(2048)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate()
            : new ECKeyGenerator(Curve.P_256)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .generate();
    JWSAlgorithm alg = rsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    JWSSigner signer = rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key);
    JWSSigner forger = rsa ? new RSASSASigner(attackerRsa) : new ECDSASigner(attackerEc);
    String sub = "user-" + n;
    List<Minted> withKid = new ArrayList<>();
    for (String scope : List.of("", "me", "items me", "profile", "me items profile")) {
      Set<String> scopes = scope.isEmpty() ? Set.of() : Set.of(scope.split(" "));
      withKid.add(
          new Minted(
              "valid[" + scope + "]",
              sign(signer, alg, kid, claims(sub, at).claim("scope", scope).build()),
              Verdict.granted(sub, scopes)));
    }
    withKid.add(
        new Minted(
            "valid[scp array]",
            sign(signer, alg, kid, claims(sub, at).claim("scope", List.of("items", "me")).build()),
            Verdict.granted(sub, Set.of("items", "me"))));
    withKid.add(
        new Minted(
            "expired",
            sign(
                signer,
                alg,
                kid,
                claims(sub, at)
                    .claim("scope", "me items profile")
                    .issueTime(Date.from(at.minusSeconds(7200)))
                    .expirationTime(Date.from(at.minusSeconds(600)))
                    .build()),
            Verdict.rejected(Verdict.EXPIRED)));
    withKid.add(
        new Minted(
            "not yet valid",
            sign(
                signer,
                alg,
                kid,
                claims(sub, at)
                    .claim("scope", "me items profile")
                    .notBeforeTime(Date.from(at.plusSeconds(600)))
                    .build()),
            Verdict.rejected(Verdict.NOT_YET_VALID)));
    withKid.add(
        new Minted(
            "wrong audience",
            sign(
                signer,
                alg,
                kid,
                claims(sub, at)
                    .claim("scope", "me items profile")
                    .audience("api://another-service")
                    .build()),
            Verdict.rejected(Verdict.WRONG_AUDIENCE)));
    withKid.add(
        new Minted(
            "wrong issuer",
            sign(
                signer,
                alg,
                kid,
                claims(sub, at)
                    .claim("scope", "me items profile")
                    .issuer("https://idp.soak.test/")
                    .build()),
            Verdict.rejected(Verdict.WRONG_ISSUER)));
    withKid.add(
        new Minted(
            "no subject",
            sign(signer, alg, kid, claims(null, at).claim("scope", "me").build()),
            Verdict.rejected(Verdict.MISSING_CLAIM)));
    withKid.add(
        new Minted(
            "forged signature",
            sign(forger, alg, kid, claims(sub, at).claim("scope", "me items profile").build()),
            Verdict.rejected(Verdict.BAD_SIGNATURE)));
    // The other family's algorithm under this key's kid: no candidate key, and the kid is known,
    // so no refresh either.
    JWSAlgorithm otherAlg = rsa ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
    JWSSigner otherForger = rsa ? new ECDSASigner(attackerEc) : new RSASSASigner(attackerRsa);
    withKid.add(
        new Minted(
            "algorithm not of the kid's key",
            sign(otherForger, otherAlg, kid, claims(sub, at).claim("scope", "me").build()),
            Verdict.rejected(Verdict.UNKNOWN_KEY)));
    Minted withoutKid =
        new Minted(
            "valid without kid",
            sign(signer, alg, null, claims(sub, at).claim("scope", "me items").build()),
            Verdict.granted(sub, Set.of("me", "items")));
    return new SigningKey(n, kid, rsa, key.toPublicJWK(), List.copyOf(withKid), withoutKid);
  }

  private List<Minted> keyIndependentTokens() throws JOSEException {
    Instant at = clock.instant();
    List<Minted> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String kid = "never-published-" + Long.toHexString(random.nextLong());
      out.add(
          new Minted(
              "unpublished kid",
              sign(
                  new RSASSASigner(attackerRsa),
                  JWSAlgorithm.RS256,
                  kid,
                  claims("mallory", at).claim("scope", "me items profile").build()),
              Verdict.rejected(Verdict.UNKNOWN_KEY)));
    }
    // Every key set the verifier can hold has an RSA key: this signature is checked and fails.
    out.add(
        new Minted(
            "forged without kid",
            sign(
                new RSASSASigner(attackerRsa),
                JWSAlgorithm.RS256,
                null,
                claims("mallory", at).claim("scope", "me items profile").build()),
            Verdict.rejected(Verdict.BAD_SIGNATURE)));
    String payload =
        b64(claims("mallory", at).claim("scope", "me items profile").build().toString());
    String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    // RFC 7519's unsecured form ends in an empty signature segment, which security rules 1.4
    // step 2 refuses as malformed before step 4 looks at alg; with a signature, alg decides.
    out.add(new Minted("alg none unsigned", none, Verdict.rejected(Verdict.MALFORMED)));
    out.add(
        new Minted(
            "alg none with a signature",
            none + "c2lnbmF0dXJl",
            Verdict.rejected(Verdict.DISALLOWED_ALGORITHM)));
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    out.add(
        new Minted(
            "HS256",
            sign(
                new MACSigner(secret),
                JWSAlgorithm.HS256,
                null,
                claims("mallory", at).claim("scope", "me items profile").build()),
            Verdict.rejected(Verdict.DISALLOWED_ALGORITHM)));
    out.add(new Minted("garbage JWT", "bm90.YS5q.d3Q", Verdict.rejected(Verdict.MALFORMED)));
    return List.copyOf(out);
  }

  private JWTClaimsSet.Builder claims(String sub, Instant at) {
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .issueTime(Date.from(at))
            .expirationTime(Date.from(at.plusSeconds(3600)))
            .jwtID(Long.toHexString(random.nextLong()));
    return sub == null ? b : b.subject(sub);
  }

  private static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, JWTClaimsSet claims)
      throws JOSEException {
    JWSHeader.Builder header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT);
    if (kid != null) {
      header.keyID(kid);
    }
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
