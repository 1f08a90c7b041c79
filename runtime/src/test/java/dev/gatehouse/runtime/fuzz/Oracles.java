package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reference checks shared by the fuzz targets, written from security-rules.md independently of the
 * runtime's parsers (regular expressions and JDK decoders where the runtime hand-scans).
 */
final class Oracles {
  /** RFC 9110 section 5.6.2 {@code tchar}. */
  static final String TCHAR = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]";

  /** RFC 9110 section 11.2 {@code token68}. */
  static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  private Oracles() {}

  /** Header bytes as the field value a server would hand over: one char per octet. */
  static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** RFC 5234 CTL: %x00-1F / %x7F. */
  static boolean hasCtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** Removes RFC 9110 OWS (SP, HTAB) at both ends. */
  static String stripOws(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Whether {@code a} equals {@code b} folding A-Z only (rule 1.1.2). */
  static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x >= 'A' && x <= 'Z') {
        x += 32;
      }
      if (y >= 'A' && y <= 'Z') {
        y += 32;
      }
      if (x != y) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code extractor} twice on {@code request} and checks what every extraction must satisfy:
   * the same outcome both times, one of the four documented outcome types, an ambiguity reason
   * exactly for {@link Extraction.Ambiguous}, and never {@link Reason#UNREADABLE_REQUEST}: the
   * requests built here never fail, so that reason would mean the parser threw and the guard
   * swallowed it.
   */
  static <C extends Credential> Extraction<C> extract(
      CredentialExtractor<C> extractor, RequestView request) {
    Extraction<C> first = extractor.extract(request);
    Extraction<C> second = extractor.extract(request);
    assertThat(second).as("deterministic").isEqualTo(first);
    assertThat(first)
        .isInstanceOfAny(
            Extraction.Absent.class,
            Extraction.Ambiguous.class,
            Extraction.Malformed.class,
            Extraction.Present.class);
    Reason reason = reason(first);
    if (reason != null) {
      assertThat(reason).isNotEqualTo(Reason.UNREADABLE_REQUEST);
      assertThat(reason.ambiguous()).isEqualTo(first instanceof Extraction.Ambiguous);
    }
    return first;
  }

  /** The reason of a rejection, or null. */
  static Reason reason(Extraction<?> extraction) {
    if (extraction instanceof Extraction.Ambiguous<?> a) {
      return a.reason();
    }
    if (extraction instanceof Extraction.Malformed<?> m) {
      return m.reason();
    }
    return null;
  }

  /** The credential of a {@link Extraction.Present}, or null. */
  static <C extends Credential> C credential(Extraction<C> extraction) {
    return extraction instanceof Extraction.Present<C> p ? p.credential() : null;
  }
}
