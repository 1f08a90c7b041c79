package dev.gatehouse.runtime.fuzz;

import static dev.gatehouse.runtime.fuzz.Oracles.TCHAR;
import static dev.gatehouse.runtime.fuzz.Oracles.TOKEN68;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.SimpleRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the RFC 9110 section 11.4 {@code Authorization} framework (security rules 1.1) through the
 * generic-scheme extractor, against a reference grammar written here with regular expressions, and
 * checks that the four Authorization-based extractors never disagree about which scheme a field
 * carries.
 *
 * <p>Input: the octets of the field value, one character per octet; {@code \n} separates field
 * lines (so the empty input is "no field" and one {@code \n} is two empty lines).
 */
class AuthorizationHeaderFuzzTest {
  private static final String SCHEME = "Custom";
  private static final CredentialExtractor<AuthorizationCredentials> CUSTOM =
      Extractors.httpScheme(SCHEME);

  /** Scheme word, then either the end or a character that cannot continue a token. */
  private static final Pattern SCHEME_PREFIX =
      Pattern.compile("(?i)" + SCHEME + "(?!" + TCHAR + ")(.*)", Pattern.DOTALL);

  /**
   * RFC 9110 section 5.6.4 {@code quoted-string} without CTLs, unrolled and possessive so that a
   * long value does not recurse once per character (the first version overflowed the stack).
   */
  private static final String QUOTED =
      "\"[^\"\\\\\\x00-\\x1f\\x7f]*+(?:\\\\[^\\x00-\\x1f\\x7f][^\"\\\\\\x00-\\x1f\\x7f]*+)*+\"";

  /** One auth-param: {@code token BWS "=" BWS ( token / quoted-string )}. */
  private static final Pattern PARAM =
      Pattern.compile("(" + TCHAR + "+) *= *(?:" + TCHAR + "+|" + QUOTED + ")");

  private static final Pattern SEPARATOR = Pattern.compile(" *,[, ]*");
  private static final Pattern LEADING = Pattern.compile("[, ]*");

  @FuzzTest(maxDuration = "10m")
  void authorizationField(byte[] input) {
    List<String> lines =
        input.length == 0 ? List.of() : List.of(Oracles.latin1(input).split("\n", -1));
    SimpleRequest.Builder builder = SimpleRequest.builder();
    lines.forEach(line -> builder.header("Authorization", line));
    SimpleRequest request = builder.build();

    Extraction<AuthorizationCredentials> custom = Oracles.extract(CUSTOM, request);
    List<Extraction<?>> all =
        List.of(
            custom,
            Oracles.extract(Extractors.basic(), request),
            Oracles.extract(Extractors.bearer(), request),
            Oracles.extract(Extractors.digest(), request));

    if (lines.size() > 1) {
      // Decision P1: a second line is refused by every scheme, whatever the lines say.
      for (Extraction<?> e : all) {
        assertThat(e).isEqualTo(new Extraction.Ambiguous<>(Reason.DUPLICATE_AUTHORIZATION));
      }
      return;
    }
    // Each line names at most one scheme, so at most one extractor may find credentials.
    assertThat(all.stream().filter(e -> !(e instanceof Extraction.Absent)).count())
        .isLessThanOrEqualTo(1);
    assertThat(custom).isEqualTo(expected(lines.isEmpty() ? null : lines.get(0)));
  }

  /** The reference answer of the generic-scheme extractor for one field line (or none). */
  private static Extraction<AuthorizationCredentials> expected(String line) {
    if (line == null) {
      return Extraction.absent();
    }
    String value = Oracles.stripOws(line);
    Matcher m = SCHEME_PREFIX.matcher(value);
    if (!m.matches()) {
      return Extraction.absent(); // another scheme, or none
    }
    String rest = m.group(1);
    if (rest.isEmpty()) {
      return Extraction.absent(); // the scheme word alone
    }
    if (value.length() > 8 * 1024) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    char separator = rest.charAt(0);
    if (separator != ' ') {
      boolean ctl = (separator < 0x20 || separator == 0x7f) && separator != '\t';
      return Extraction.rejected(ctl ? Reason.CONTROL_CHARACTER : Reason.BAD_SCHEME_SEPARATOR);
    }
    if (Oracles.hasCtl(value)) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    String credentials = rest.stripLeading();
    if (!TOKEN68.matcher(credentials).matches()) {
      Boolean unique = authParamNamesUnique(credentials);
      if (unique == null) {
        return Extraction.rejected(Reason.BAD_CREDENTIALS_SYNTAX);
      }
      if (!unique) {
        return Extraction.rejected(Reason.DUPLICATE_AUTH_PARAM);
      }
    }
    return Extraction.present(
        new AuthorizationCredentials(value.substring(0, SCHEME.length()), credentials));
  }

  /**
   * Whether {@code text} is a {@code 1#auth-param} list (empty elements allowed) whose names,
   * folded A-Z, are unique; null when it is not such a list at all.
   */
  private static Boolean authParamNamesUnique(String text) {
    Matcher lead = LEADING.matcher(text);
    lead.lookingAt();
    int pos = lead.end();
    Set<String> names = new HashSet<>();
    Matcher param = PARAM.matcher(text);
    Matcher separator = SEPARATOR.matcher(text);
    while (true) {
      param.region(pos, text.length());
      if (!param.lookingAt()) {
        return null;
      }
      // The first repeated name decides, even if the text goes on to break the grammar.
      if (!names.add(param.group(1).toLowerCase(Locale.ROOT))) {
        return false;
      }
      pos = param.end();
      separator.region(pos, text.length());
      if (!separator.lookingAt()) {
        // Only trailing spaces may follow the last element.
        return text.substring(pos).chars().allMatch(c -> c == ' ') ? true : null;
      }
      pos = separator.end();
      if (pos == text.length()) {
        return true;
      }
    }
  }
}
