package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs with the oracles of security rules 3.4: no exception escapes (the guard
 * would report {@code UNREADABLE_REQUEST}), Basic round-trips, and no bearer token is ever returned
 * when two transports carry one.
 */
class HostileInputTest {

  private static final String[] FRAGMENTS = {
    "Basic ",
    "Bearer ",
    "Digest ",
    "HOBA ",
    "basic",
    "BEARER",
    "Basİc",
    " ",
    "  ",
    "\t",
    "\r\n",
    "\u0000",
    "\u007f",
    "=",
    "==",
    ",",
    ";",
    "\"",
    "\\",
    "%",
    "%2",
    "%zz",
    "%C3%A9",
    "+",
    "/",
    "-",
    "_",
    "~",
    ".",
    ":",
    "é",
    "İ",
    "ı",
    "\ud83d\ude00",
    "\ud800",
    "dXNlcjpwYXNz",
    "user",
    "pass",
    "realm=",
    "username=",
    "uri=\"/\"",
    "nonce=n",
    "response=r",
    "access_token",
    "api_key",
    "sid",
    "a",
    "Z",
    "0",
    "9",
    "&",
    "?",
    "#",
    "'",
    "UTF-8''",
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return text.toString();
  }

  @Test
  void randomRequestsNeverBreakAnExtractor() {
    Random random = new Random(20260819);
    List<CredentialExtractor<?>> extractors = ExtractorsTest.all();
    for (int i = 0; i < 30_000; i++) {
      SimpleRequest.Builder builder =
          SimpleRequest.builder()
              .method(random.nextBoolean() ? "GET" : "POST")
              .path("/" + randomText(random))
              .rawQuery(random.nextInt(4) == 0 ? null : randomText(random))
              .body(randomText(random).getBytes(StandardCharsets.UTF_8));
      String[] names = {"Authorization", "X-API-Key", "Cookie", "Content-Type"};
      for (int h = random.nextInt(4); h > 0; h--) {
        String name = names[random.nextInt(names.length)];
        String value =
            name.equals("Content-Type") ? "application/x-www-form-urlencoded" : randomText(random);
        builder.header(name, value);
      }
      SimpleRequest request = builder.build();
      for (CredentialExtractor<?> extractor : extractors) {
        Extraction<?> result = extractor.extract(request);
        assertThat(result).isNotNull();
        assertThat(result).isNotEqualTo(Extraction.rejected(Reason.UNREADABLE_REQUEST));
      }
    }
  }

  @Test
  void basicRoundTripsEveryUserAndPasswordWithoutColonOrControlCharacters() {
    Random random = new Random(7617);
    String alphabet = "aZ09 !\"#%'()*+,-./;<=>?@[\\]^_`{|}~éİı€\u00c5\u212b\u0301\ud83d\ude00";
    for (int i = 0; i < 10_000; i++) {
      String user = pick(random, alphabet, 1 + random.nextInt(12));
      String password = pick(random, alphabet + ":", 1 + random.nextInt(20));
      Extraction<BasicCredentials> result =
          Extractors.basic().extract(Requests.authorization(Requests.basic(user + ":" + password)));
      String nfcUser = Normalizer.normalize(user, Normalizer.Form.NFC);
      String nfcPassword = Normalizer.normalize(password, Normalizer.Form.NFC);
      assertThat(result)
          .as("%s:%s", user, password)
          .isEqualTo(Extraction.present(new BasicCredentials(nfcUser, nfcPassword)));
    }
  }

  @Test
  void basicNeverAcceptsANonCanonicalHeader() {
    Random random = new Random(2);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_";
    for (int i = 0; i < 20_000; i++) {
      String token = pick(random, alphabet, 1 + random.nextInt(16));
      Extraction<BasicCredentials> result =
          Extractors.basic().extract(Requests.authorization("Basic " + token));
      if (result instanceof Extraction.Present) {
        String reencoded = Requests.base64(java.util.Base64.getDecoder().decode(token));
        assertThat(reencoded).as(token).isEqualTo(token);
      }
    }
  }

  @Test
  void twoBearerTransportsNeverYieldAToken() {
    Random random = new Random(6750);
    CredentialExtractor<BearerToken> extractor = Extractors.bearer(true, true);
    for (int i = 0; i < 10_000; i++) {
      SimpleRequest.Builder builder = SimpleRequest.builder().method("POST");
      int transports = 0;
      if (random.nextBoolean()) {
        builder.header("Authorization", "Bearer" + (random.nextBoolean() ? " t" : ""));
        transports++;
      }
      if (random.nextBoolean()) {
        builder.rawQuery("access_token=" + (random.nextBoolean() ? "q" : ""));
        transports++;
      }
      if (random.nextBoolean()) {
        builder
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(
                ("access_token=" + (random.nextBoolean() ? "f" : ""))
                    .getBytes(StandardCharsets.US_ASCII));
        transports++;
      }
      Extraction<BearerToken> result = extractor.extract(builder.build());
      if (transports > 1) {
        assertThat(result).isEqualTo(Extraction.rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
      } else if (transports == 0) {
        assertThat(result).isEqualTo(Extraction.absent());
      }
    }
  }

  private static String pick(Random random, String alphabet, int codePoints) {
    int[] points = alphabet.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      out.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return out.toString();
  }
}
