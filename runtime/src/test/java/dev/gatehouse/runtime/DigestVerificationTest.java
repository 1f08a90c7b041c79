package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.internal.SchemeRequirement.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7616 verification built into Gatehouse (issue 21): stateless nonces any replica can check,
 * expiry answered with {@code stale=true}, {@code opaque} checked, nonce counts never replayed,
 * method and {@code uri} bound, {@code qop=auth}, SHA-256 and SHA-512-256, {@code userhash}.
 */
class DigestVerificationTest {
  private static final String REALM = "test";
  private static final String SCHEME = "HTTPDigest";
  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
  private static final OperationSecurity GET_OP =
      OperationSecurity.required("digest()", "GET", "/digest", false, List.of(of(SCHEME)));
  private static final OperationSecurity POST_OP =
      OperationSecurity.required("post()", "POST", "/digest", false, List.of(of(SCHEME)));
  private static final Pattern PARAM = Pattern.compile("(nonce|opaque)=\"([0-9a-f]+)\"");

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.ofEpochSecond(1_700_000_000));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private static final DigestUsers USERS =
      DigestUsers.builder(REALM).user("user", "pass".toCharArray(), Set.of("read")).build();

  private Gatehouse gatehouse(DigestUserStore users, byte[] secret) {
    return Gatehouse.builder()
        .generated(
            List.of(DecisionFixture.scheme(SCHEME, SchemeKind.DIGEST, "", Extractors.digest())),
            List.of(
                new DecisionFixture.Endpoint(
                    "com.example.DigestApi", List.of(GET_OP, POST_OP), "Doc")))
        .realm(REALM)
        .digest(SCHEME, users)
        .digestNonceSecret(secret)
        .clock(clock)
        .build();
  }

  private final Gatehouse gatehouse = gatehouse(USERS, SECRET);

  private static Decision send(
      Gatehouse g, OperationSecurity op, String method, String uri, String authorization) {
    SimpleRequest.Builder b = SimpleRequest.builder().method(method).path(uri);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return g.decide(op, b.build());
  }

  /** The nonce and opaque of the first challenge of a 401 to an unauthenticated GET. */
  private static String[] challenge(Gatehouse g) {
    Decision.Deny deny = (Decision.Deny) send(g, GET_OP, "GET", "/digest", null);
    assertThat(deny.status()).isEqualTo(401);
    Matcher m = PARAM.matcher(deny.challenges().get(0));
    String nonce = null;
    String opaque = null;
    while (m.find()) {
      if (m.group(1).equals("nonce")) {
        nonce = m.group(2);
      } else {
        opaque = m.group(2);
      }
    }
    return new String[] {nonce, opaque};
  }

  static String authorization(
      DigestAlgorithm h,
      String user,
      String password,
      String method,
      String uri,
      String nonce,
      String opaque,
      String nc,
      boolean userhash) {
    String ha1 = h.ha1(user, REALM, password.toCharArray());
    String ha2 = h.hex(method + ":" + uri);
    String response = h.hex(ha1 + ":" + nonce + ":" + nc + ":0a4f113b:auth:" + ha2);
    String name = userhash ? h.userhash(user, REALM) : user;
    return "Digest username=\""
        + name
        + "\", realm=\""
        + REALM
        + "\", nonce=\""
        + nonce
        + "\", uri=\""
        + uri
        + "\", algorithm="
        + h.token()
        + ", qop=auth, nc="
        + nc
        + ", cnonce=\"0a4f113b\", response=\""
        + response
        + "\""
        + (opaque == null ? "" : ", opaque=\"" + opaque + "\"")
        + (userhash ? ", userhash=true" : "");
  }

  private String valid(DigestAlgorithm h, String nc) {
    String[] c = challenge(gatehouse);
    return authorization(h, "user", "pass", "GET", "/digest", c[0], c[1], nc, false);
  }

  @Test
  void challengesOfferBothAlgorithmsWithOneServerNonceAndUserhash() {
    Decision.Deny deny = (Decision.Deny) send(gatehouse, GET_OP, "GET", "/digest", null);
    assertThat(deny.challenges()).hasSize(2);
    assertThat(deny.challenges().get(0))
        .matches(
            "Digest realm=\"test\", qop=\"auth\", algorithm=SHA-256, nonce=\"[0-9a-f]{64}\","
                + " opaque=\"[0-9a-f]{32}\", charset=UTF-8, userhash=true");
    assertThat(deny.challenges().get(1)).contains("algorithm=SHA-512-256");
    String[] first = challenge(gatehouse);
    String[] second = challenge(gatehouse);
    assertThat(first[0]).isNotEqualTo(second[0]);
    assertThat(first[1]).isEqualTo(second[1]);
  }

  @ParameterizedTest
  @EnumSource(DigestAlgorithm.class)
  void aCorrectResponseOverAServerNonceIsLetIn(DigestAlgorithm h) {
    Decision decision = send(gatehouse, GET_OP, "GET", "/digest", valid(h, "00000001"));
    assertThat(decision).isInstanceOf(Decision.Allow.class);
    Authentication who = ((Decision.Allow) decision).principal().orElseThrow();
    assertThat(who.name()).isEqualTo("user");
    assertThat(who.scopes()).containsExactly("read");
  }

  /**
   * The reproduction: a client-made nonce with a correct KD over it, and a made-up opaque.
   */
  @Test
  void aForgedNonceIsRefusedEvenWithACorrectResponse() {
    String forged =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "GET",
            "/digest",
            "00112233445566778899aabbccddeeff",
            "not-the-servers",
            "00000001",
            false);
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", forged), false);
    String[] c = challenge(gatehouse);
    // A nonce of the right shape whose MAC is wrong.
    String tampered = c[0].substring(0, 63) + (c[0].charAt(63) == '0' ? '1' : '0');
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "user",
                "pass",
                "GET",
                "/digest",
                tampered,
                c[1],
                "00000001",
                false)),
        false);
  }

  @Test
  void theOpaqueMustBeEchoedUnchanged() {
    String[] c = challenge(gatehouse);
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "user",
                "pass",
                "GET",
                "/digest",
                c[0],
                "not-the-servers",
                "00000001",
                false)),
        false);
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "user",
                "pass",
                "GET",
                "/digest",
                c[0],
                null,
                "00000001",
                false)),
        false);
  }

  @Test
  void replicasSharingTheSecretAcceptEachOthersNoncesAndOthersDoNot() {
    Gatehouse replica = gatehouse(USERS, SECRET);
    Gatehouse stranger = gatehouse(USERS, "another secret, 32 bytes or more!".getBytes());
    String header = valid(DigestAlgorithm.SHA_256, "00000001");
    assertThat(send(replica, GET_OP, "GET", "/digest", header)).isInstanceOf(Decision.Allow.class);
    assertRefused(send(stranger, GET_OP, "GET", "/digest", header), false);
  }

  @Test
  void anExpiredNonceWithACorrectResponseIsStaleAndAWrongOneIsNot() {
    String header = valid(DigestAlgorithm.SHA_256, "00000001");
    now.set(now.get().plus(Duration.ofMinutes(5)));
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", header), true);
    String[] c = challenge(gatehouse);
    now.set(now.get().plus(Duration.ofMinutes(6)));
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "user",
                "wrong",
                "GET",
                "/digest",
                c[0],
                c[1],
                "00000001",
                false)),
        false);
  }

  @Test
  void aNonceCountIsNeverAcceptedTwice() {
    String[] c = challenge(gatehouse);
    String one =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "GET",
            "/digest",
            c[0],
            c[1],
            "00000001",
            false);
    String two =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "GET",
            "/digest",
            c[0],
            c[1],
            "00000002",
            false);
    assertThat(send(gatehouse, GET_OP, "GET", "/digest", one)).isInstanceOf(Decision.Allow.class);
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", one), false);
    assertThat(send(gatehouse, GET_OP, "GET", "/digest", two)).isInstanceOf(Decision.Allow.class);
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", one), false);
    String zero =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "GET",
            "/digest",
            challenge(gatehouse)[0],
            c[1],
            "00000000",
            false);
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", zero), false);
  }

  @Test
  void aWrongPasswordCannotBurnTheNonceCountOfTheRealUser() {
    String[] c = challenge(gatehouse);
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "user",
                "guess",
                "GET",
                "/digest",
                c[0],
                c[1],
                "ffffffff",
                false)),
        false);
    assertThat(
            send(
                gatehouse,
                GET_OP,
                "GET",
                "/digest",
                authorization(
                    DigestAlgorithm.SHA_256,
                    "user",
                    "pass",
                    "GET",
                    "/digest",
                    c[0],
                    c[1],
                    "00000001",
                    false)))
        .isInstanceOf(Decision.Allow.class);
  }

  @Test
  void theMethodIsBoundToTheRequest() {
    String[] c = challenge(gatehouse);
    String signedForGet =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "GET",
            "/digest",
            c[0],
            c[1],
            "00000001",
            false);
    assertRefused(send(gatehouse, POST_OP, "POST", "/digest", signedForGet), false);
    String signedForPost =
        authorization(
            DigestAlgorithm.SHA_256,
            "user",
            "pass",
            "POST",
            "/digest",
            c[0],
            c[1],
            "00000002",
            false);
    assertThat(send(gatehouse, POST_OP, "POST", "/digest", signedForPost))
        .isInstanceOf(Decision.Allow.class);
  }

  @Test
  void theUriIsBoundToTheRequest() {
    String[] c = challenge(gatehouse);
    Decision.Deny deny =
        (Decision.Deny)
            send(
                gatehouse,
                GET_OP,
                "GET",
                "/digest",
                authorization(
                    DigestAlgorithm.SHA_256,
                    "user",
                    "pass",
                    "GET",
                    "/other",
                    c[0],
                    c[1],
                    "00000001",
                    false));
    assertThat(deny.status()).isEqualTo(400);
  }

  @Test
  void onlyQopAuthAndTheTwoShaAlgorithmsAndTheSchemesRealm() {
    String good = valid(DigestAlgorithm.SHA_256, "00000001");
    for (String bad :
        List.of(
            good.replace("qop=auth", "qop=auth-int"),
            good.replace("algorithm=SHA-256", "algorithm=MD5"),
            good.replace("algorithm=SHA-256", "algorithm=SHA-256-sess"),
            good.replace(", algorithm=SHA-256", ""),
            good.replace("realm=\"test\"", "realm=\"other\""))) {
      assertRefused(send(gatehouse, GET_OP, "GET", "/digest", bad), false);
    }
    // Without qop (RFC 2069 style) the credentials are refused too.
    String noQop = good.replace(", qop=auth, nc=00000001", "").replace(", cnonce=\"0a4f113b\"", "");
    assertRefused(send(gatehouse, GET_OP, "GET", "/digest", noQop), false);
  }

  @Test
  void userhashFindsTheUserAndUnknownUsersGetTheSameAnswer() {
    String[] c = challenge(gatehouse);
    Decision hashed =
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_512_256,
                "user",
                "pass",
                "GET",
                "/digest",
                c[0],
                c[1],
                "00000001",
                true));
    assertThat(((Decision.Allow) hashed).principal().orElseThrow().name()).isEqualTo("user");
    assertRefused(
        send(
            gatehouse,
            GET_OP,
            "GET",
            "/digest",
            authorization(
                DigestAlgorithm.SHA_256,
                "nobody",
                "pass",
                "GET",
                "/digest",
                c[0],
                c[1],
                "00000002",
                false)),
        false);
  }

  @Test
  void aStoreThatFailsAnswers503AndTheStoreSeesOnlyNameRealmAndAlgorithm() {
    AtomicReference<String> seen = new AtomicReference<>();
    DigestUserStore failing =
        (user, realm, algorithm) -> {
          seen.set(user + "|" + realm + "|" + algorithm);
          throw new VerifierUnavailableException("down", Duration.ofSeconds(7), null);
        };
    Gatehouse g = gatehouse(failing, SECRET);
    Decision.Deny deny =
        (Decision.Deny)
            send(g, GET_OP, "GET", "/digest", valid(DigestAlgorithm.SHA_256, "00000001"));
    assertThat(deny.status()).isEqualTo(503);
    assertThat(seen.get()).isEqualTo("user|test|SHA_256");
  }

  @Test
  void configurationIsChecked() {
    assertThatThrownBy(() -> Gatehouse.builder().digestNonceSecret(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gatehouse.builder().digestNonceLifetime(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DigestUser("u", "ABC"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DigestUser("u", "a".repeat(64)).toString()).doesNotContain("aaaa");
    assertThat(USERS.toString())
        .doesNotContain(DigestAlgorithm.SHA_256.ha1("user", REALM, "pass".toCharArray()));
  }

  private static void assertRefused(Decision decision, boolean stale) {
    assertThat(decision).isInstanceOf(Decision.Deny.class);
    Decision.Deny deny = (Decision.Deny) decision;
    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.challenges()).hasSize(2);
    for (String c : deny.challenges()) {
      assertThat(c.endsWith(", stale=true")).as(c).isEqualTo(stale);
    }
    assertThat(deny.body())
        .isEqualTo(
            "{\"detail\":\"Invalid authentication credentials; the verifier of scheme HTTPDigest"
                + " rejected the Digest credentials in the Authorization header\"}");
  }
}
