package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashedApiKeysTest {

  private static final String KEY = "AK-0123456789abcdef";
  private static final String OTHER_KEY = "AK-fedcba9876543210";
  private static final byte[] PEPPER =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final HashedApiKeys keys =
      HashedApiKeys.sha256()
          .add(HashedApiKeys.sha256Digest(KEY), "svc-a", Set.of("read", "write"))
          .add(HashedApiKeys.sha256Digest(OTHER_KEY), "svc-b", Set.of("read"))
          .build();

  private static Verification verify(HashedApiKeys verifier, String key) {
    return verifier.verify(new ApiKey(key));
  }

  @Test
  void correctKeyGrantsItsPrincipalAndScopes() {
    Verification v = verify(keys, KEY);
    assertThat(v.isGranted()).isTrue();
    assertThat(v.principal()).isEqualTo("svc-a");
    assertThat(v.scopes()).containsExactlyInAnyOrder("read", "write");
    assertThat(verify(keys, OTHER_KEY).principal()).isEqualTo("svc-b");
    assertThat(verify(keys, OTHER_KEY).scopes()).containsExactly("read");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AK-0123456789abcdeg",
        "ak-0123456789abcdef",
        "AK-0123456789ABCDEF",
        "AK-0123456789abcdef ",
        " AK-0123456789abcdef",
        "AK-0123456789abcdef\t",
        "AK-0123456789abcde",
        "AK-0123456789abcdefAK-0123456789abcdef"
      })
  void variantsOfTheKeyAreRejected(String variant) {
    assertThat(verify(keys, variant).isGranted()).isFalse();
  }

  @Test
  void theRightEntryMatchesWherePositionInTheTableIs() {
    HashedApiKeys.Builder builder = HashedApiKeys.sha256();
    for (int i = 0; i < 50; i++) {
      builder.add(HashedApiKeys.sha256Digest("key-" + i), "p" + i, Set.of("s" + i));
    }
    HashedApiKeys many = builder.build();
    for (int i = 0; i < 50; i++) {
      Verification v = verify(many, "key-" + i);
      assertThat(v.principal()).isEqualTo("p" + i);
      assertThat(v.scopes()).containsExactly("s" + i);
    }
    assertThat(verify(many, "key-50").isGranted()).isFalse();
  }

  @Test
  void overLongKeysAreRejectedAndTheCapIsInclusive() {
    String atCap = "k".repeat(HashedApiKeys.MAX_KEY_BYTES);
    String overCap = atCap + "k";
    HashedApiKeys verifier =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(atCap), "cap").build();
    assertThat(verify(verifier, atCap).principal()).isEqualTo("cap");
    assertThat(verify(verifier, overCap).isGranted()).isFalse();
    assertThat(verify(verifier, "é".repeat(2049)).isGranted()).isFalse(); // 4098 UTF-8 bytes
    assertThat(verify(verifier, "k".repeat(1_000_000)).isGranted()).isFalse();
    assertThatThrownBy(() -> HashedApiKeys.sha256Digest(overCap))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashedApiKeys.sha256Digest(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysAreComparedAsTheirExactUtf8Bytes() {
    String nfc = "clé-\u00e9";
    String nfd = "cle\u0301-e\u0301";
    HashedApiKeys verifier =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(nfc), "nfc").build();
    assertThat(verify(verifier, nfc).isGranted()).isTrue();
    assertThat(verify(verifier, nfd).isGranted()).isFalse();
  }

  @Test
  void loneSurrogatesNeverCollideWithTheReplacementCharacter() {
    HashedApiKeys verifier =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest("a?b"), "q").build();
    assertThat(verify(verifier, "a?b").isGranted()).isTrue();
    assertThat(verify(verifier, "a\uD800b").isGranted()).isFalse();
    assertThatThrownBy(() -> HashedApiKeys.sha256Digest("a\uDC00b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sha256DigestIsLowercaseHexOfTheUtf8Bytes() {
    assertThat(HashedApiKeys.sha256Digest("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hmacDigestIsHmacSha256OfTheUtf8Bytes() throws Exception {
    // Independent computation through javax.crypto, to pin the algorithm and the key handling.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(PEPPER, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal(KEY.getBytes(StandardCharsets.UTF_8)));
    assertThat(HashedApiKeys.hmacDigest(PEPPER, KEY)).isEqualTo(expected);
    assertThat(HashedApiKeys.hmacDigest(PEPPER, KEY)).isNotEqualTo(HashedApiKeys.sha256Digest(KEY));
  }

  @Test
  void storedDigestsMayBeUppercaseHexOrBase64Url() {
    byte[] raw = HexFormat.of().parseHex(HashedApiKeys.sha256Digest(KEY));
    String upper = HashedApiKeys.sha256Digest(KEY).toUpperCase(Locale.ROOT);
    String b64 = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    assertThat(verify(HashedApiKeys.sha256().add(upper, "u").build(), KEY).principal())
        .isEqualTo("u");
    assertThat(verify(HashedApiKeys.sha256().add(b64, "b").build(), KEY).principal())
        .isEqualTo("b");
  }

  @Test
  void hmacVariantAcceptsOnlyUnderTheSamePepper() {
    String digest = HashedApiKeys.hmacDigest(PEPPER, KEY);
    HashedApiKeys hmac =
        HashedApiKeys.hmacSha256(PEPPER).add(digest, "svc", Set.of("read")).build();
    assertThat(verify(hmac, KEY).principal()).isEqualTo("svc");
    assertThat(verify(hmac, KEY).scopes()).containsExactly("read");
    assertThat(verify(hmac, KEY + " ").isGranted()).isFalse();

    byte[] otherPepper = PEPPER.clone();
    otherPepper[0] ^= 1;
    HashedApiKeys wrongPepper = HashedApiKeys.hmacSha256(otherPepper).add(digest, "svc").build();
    assertThat(verify(wrongPepper, KEY).isGranted()).isFalse();

    HashedApiKeys plain = HashedApiKeys.sha256().add(digest, "svc").build();
    assertThat(verify(plain, KEY).isGranted()).isFalse();
    HashedApiKeys hmacOfPlain =
        HashedApiKeys.hmacSha256(PEPPER).add(HashedApiKeys.sha256Digest(KEY), "svc").build();
    assertThat(verify(hmacOfPlain, KEY).isGranted()).isFalse();
  }

  @Test
  void thePepperIsCopied() {
    byte[] pepper = PEPPER.clone();
    HashedApiKeys.Builder builder =
        HashedApiKeys.hmacSha256(pepper).add(HashedApiKeys.hmacDigest(PEPPER, KEY), "svc");
    pepper[0] ^= 1;
    assertThat(verify(builder.build(), KEY).isGranted()).isTrue();
  }

  @Test
  void shortPeppersAreRefused() {
    assertThatThrownBy(() -> HashedApiKeys.hmacSha256(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
    assertThatThrownBy(() -> HashedApiKeys.hmacDigest(new byte[0], KEY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void duplicateDigestsAreRefusedWithoutEchoingThem() {
    String hex = HashedApiKeys.sha256Digest(KEY);
    String b64 =
        Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
    HashedApiKeys.Builder builder = HashedApiKeys.sha256().add(hex, "a");
    assertThatThrownBy(() -> builder.add(hex, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate")
        .hasMessageNotContaining(hex)
        .hasMessageNotContaining(hex.substring(0, 8));
    assertThatThrownBy(() -> builder.add(b64, "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(b64);
    assertThat(verify(builder.build(), KEY).principal()).isEqualTo("a");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adX",
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a\uff10",
        "+a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0=",
        "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0",
        "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa1",
        "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa"
      })
  void malformedDigestsAreRefusedWithoutEchoingThem(String digest) {
    Throwable thrown = catchThrowable(() -> HashedApiKeys.sha256().add(digest, "p"));
    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed")
        .hasNoCause();
    if (digest.length() >= 12) {
      assertThat(thrown.getMessage()).doesNotContain(digest.substring(0, 12));
    }
  }

  @Test
  void canonicalBase64UrlDigestIsAccepted() {
    // Control for the malformed list above: the canonical spelling of SHA-256("abc").
    HashedApiKeys v =
        HashedApiKeys.sha256().add("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", "abc").build();
    assertThat(verify(v, "abc").principal()).isEqualTo("abc");
  }

  @Test
  void generatedKeysHave256RandomBitsInBase64Url() {
    List<String> generated = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String key = HashedApiKeys.generateKey();
      assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]{43}");
      assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
      generated.add(key);
    }
    assertThat(generated).doesNotHaveDuplicates();
    String key = generated.get(0);
    HashedApiKeys v = HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(key), "gen").build();
    assertThat(verify(v, key).isGranted()).isTrue();
  }

  @Test
  void emptyTableRejectsEverything() {
    assertThat(verify(HashedApiKeys.sha256().build(), KEY).isGranted()).isFalse();
  }

  @Test
  void toStringRevealsNoKeyDigestPepperOrPrincipal() {
    String digest = HashedApiKeys.hmacDigest(PEPPER, KEY);
    HashedApiKeys.Builder builder = HashedApiKeys.hmacSha256(PEPPER).add(digest, "svc-secret-name");
    HashedApiKeys hmac = builder.build();
    for (Object o : List.of(hmac, builder, keys, HashedApiKeys.sha256())) {
      assertThat(o.toString())
          .doesNotContain(KEY)
          .doesNotContain(digest)
          .doesNotContain(digest.substring(0, 8))
          .doesNotContain(HashedApiKeys.sha256Digest(KEY).substring(0, 8))
          .doesNotContain(new String(PEPPER, StandardCharsets.US_ASCII))
          .doesNotContain("svc");
    }
    assertThat(hmac.toString()).isEqualTo("HashedApiKeys[HMAC-SHA-256, 1 keys]");
    assertThat(keys.toString()).isEqualTo("HashedApiKeys[SHA-256, 2 keys]");
  }

  @Test
  void manyThreadsVerifyConcurrently() throws Exception {
    HashedApiKeys.Builder builder = HashedApiKeys.hmacSha256(PEPPER);
    for (int i = 0; i < 20; i++) {
      builder.add(HashedApiKeys.hmacDigest(PEPPER, "key-" + i), "p" + i);
    }
    verifyConcurrently(builder.build());
  }

  /** Each check works on a copy of one shared digest: copies made at once never mix states. */
  @Test
  void manyThreadsVerifyConcurrentlyWithPlainSha256() throws Exception {
    HashedApiKeys.Builder builder = HashedApiKeys.sha256();
    for (int i = 0; i < 20; i++) {
      builder.add(HashedApiKeys.sha256Digest("key-" + i), "p" + i);
    }
    verifyConcurrently(builder.build());
  }

  /**
   * The bytes hashed are the key's strict UTF-8 encoding: the digest of every random string equals
   * SHA-256 over a reporting {@code CharsetEncoder}'s output, and exactly the strings that encoder
   * refuses (lone surrogates) or that exceed the cap are refused.
   */
  @Test
  void keysAreHashedAsTheirStrictUtf8Encoding() throws Exception {
    java.util.Random random = new java.util.Random(61226L);
    char[] alphabet = {
      'a', 'Z', '0', '-', ' ', '\u0000', '\u007f', '\u00e9', '\u0800', '\uffff', '\ud83d', '\ude00',
      '\udbff', '\udc00'
    };
    int refused = 0;
    for (int n = 0; n < 20_000; n++) {
      int length =
          switch (random.nextInt(8)) {
            case 0 -> HashedApiKeys.MAX_KEY_BYTES / 3 - 2 + random.nextInt(5);
            case 1 -> HashedApiKeys.MAX_KEY_BYTES - 2 + random.nextInt(5);
            default -> random.nextInt(12);
          };
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append(
            random.nextInt(4) == 0
                ? alphabet[random.nextInt(alphabet.length)]
                : (char) ('a' + i % 26));
      }
      String key = b.toString();
      byte[] strict = strictUtf8(key);
      boolean acceptable =
          strict != null && strict.length > 0 && strict.length <= HashedApiKeys.MAX_KEY_BYTES;
      if (acceptable) {
        String expected =
            HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(strict));
        assertThat(HashedApiKeys.sha256Digest(key)).isEqualTo(expected);
      } else {
        refused++;
        assertThatThrownBy(() -> HashedApiKeys.sha256Digest(key))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
    assertThat(refused).isBetween(1_000, 19_000);
  }

  /** A reporting encoder's UTF-8, or null when it refuses the string. */
  private static byte[] strictUtf8(String key) {
    try {
      java.nio.ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .encode(java.nio.CharBuffer.wrap(key));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static void verifyConcurrently(HashedApiKeys verifier) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int seed = t;
        results.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < 500; n++) {
                    int i = (seed + n) % 25; // 20..24 are unknown keys
                    Verification v = verify(verifier, "key-" + i);
                    boolean ok = i < 20 ? ("p" + i).equals(v.principal()) : !v.isGranted();
                    if (!ok) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
