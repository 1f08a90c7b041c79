package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.BearerToken.Transport;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the RFC 6750 bearer extractor over its three transports (security rules 1.3, decisions P4,
 * P6): the all-transports answer must be composed exactly from the single-transport answers (two
 * used transports are ambiguous, disabled ones are never read), and an extracted token is a {@code
 * b64token} equal to what the header or the one {@code access_token} parameter carried.
 *
 * <p>Input: up to three parts separated by {@code \n}: the {@code Authorization} value (empty: no
 * field), the raw query (missing: no {@code ?}) and the form body octets (missing: no body).
 */
class BearerFuzzTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final CredentialExtractor<BearerToken> ALL = Extractors.bearer(true, true);
  private static final CredentialExtractor<BearerToken> HEADER = Extractors.bearer();
  private static final CredentialExtractor<BearerToken> BODY = Extractors.bearer(true, false);
  private static final CredentialExtractor<BearerToken> QUERY = Extractors.bearer(false, true);

  @FuzzTest(maxDuration = "10m")
  void bearerTransports(byte[] input) {
    String[] parts = Oracles.latin1(input).split("\n", 3);
    String header = parts[0].isEmpty() ? null : parts[0];
    String query = parts.length > 1 ? parts[1] : null;
    byte[] body = parts.length > 2 ? parts[2].getBytes(StandardCharsets.ISO_8859_1) : null;

    SimpleRequest full = request("POST", header, query, body);
    Extraction<BearerToken> all = Oracles.extract(ALL, full);
    Extraction<BearerToken> h = Oracles.extract(HEADER, request("POST", header, null, null));
    Extraction<BearerToken> f = Oracles.extract(BODY, request("POST", null, null, body));
    Extraction<BearerToken> q = Oracles.extract(QUERY, request("POST", null, query, null));

    // P6: a disabled transport is not even read.
    assertThat(Oracles.extract(HEADER, full)).isEqualTo(h);
    // Rule 1.3.2: never a form body on GET.
    assertThat(Oracles.extract(BODY, request("GET", null, null, body)))
        .isEqualTo(Extraction.absent());

    List<Extraction<BearerToken>> used = new ArrayList<>();
    for (Extraction<BearerToken> e : List.of(h, f, q)) {
      if (!(e instanceof Extraction.Absent)) {
        used.add(e);
      }
    }
    if (used.size() > 1) {
      assertThat(all).isEqualTo(Extraction.rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    } else {
      assertThat(all).isEqualTo(used.isEmpty() ? Extraction.absent() : used.get(0));
    }

    check(h, Transport.HEADER, header);
    check(f, Transport.FORM_BODY, body == null ? null : parts[2]);
    check(q, Transport.QUERY, query);
  }

  private static void check(Extraction<BearerToken> e, Transport transport, String raw) {
    BearerToken token = Oracles.credential(e);
    if (token == null) {
      return;
    }
    assertThat(token.transport()).isEqualTo(transport);
    assertThat(token.token()).matches(Oracles.TOKEN68).hasSizeLessThanOrEqualTo(8 * 1024);
    if (transport == Transport.HEADER) {
      String value = Oracles.stripOws(raw);
      assertThat(Oracles.asciiEqualsIgnoreCase(value.substring(0, 6), "Bearer")).isTrue();
      assertThat(value.charAt(6)).isEqualTo(' ');
      assertThat(value.substring(6).stripLeading()).isEqualTo(token.token());
    } else {
      // The one access_token pair, decoded by the JDK (lenient, but equal on strict input).
      List<String> values = new ArrayList<>();
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals("access_token")) {
          values.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      assertThat(values).containsExactly(token.token());
    }
  }

  private static SimpleRequest request(String method, String header, String query, byte[] body) {
    SimpleRequest.Builder b = SimpleRequest.builder().method(method).rawQuery(query).body(body);
    if (header != null) {
      b.header("Authorization", header);
    }
    if (body != null) {
      b.header("Content-Type", FORM);
    }
    return b.build();
  }
}
