package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import java.util.List;
import java.util.Optional;

/**
 * The three API-key extractors: header, query parameter and cookie (security rules 1.8).
 *
 * <p>Only the declared location and name count; the key is taken as sent, never trimmed inside; an
 * empty value counts as absent (FastAPI parity; the rules pin this for the query); a repeated name
 * is ambiguous; control characters are malformed.
 */
final class ApiKeyExtractors {

  private ApiKeyExtractors() {}

  /** Reads the key from the header {@code name} (rule 1.8.2). */
  static CredentialExtractor<ApiKey> header(String name) {
    // Field names are case-insensitive; lower case is what views index by (and HTTP/2 sends).
    String field = Ascii.toLowerCase(name);
    return request -> {
      List<String> lines = request.headers(field);
      if (lines.isEmpty()) {
        return Extraction.absent();
      }
      if (lines.size() > 1) {
        return Extraction.rejected(Reason.DUPLICATE_HEADER);
      }
      return keyInField(lines.get(0));
    };
  }

  /** Reads the key from the raw query parameter {@code name} (rule 1.8.3). */
  static CredentialExtractor<ApiKey> query(String name) {
    return request -> {
      Optional<String> raw = request.rawQuery();
      if (raw.isEmpty()) {
        return Extraction.absent();
      }
      if (raw.get().length() > Limits.QUERY_CHARS) {
        return Extraction.rejected(Reason.TOO_LARGE);
      }
      UrlEncoded.Lookup lookup = UrlEncoded.find(raw.get(), name);
      if (!lookup.wellFormed()) {
        return Extraction.rejected(Reason.BAD_PERCENT_ENCODING);
      }
      if (lookup.values().size() > 1) {
        return Extraction.rejected(Reason.DUPLICATE_PARAMETER);
      }
      if (lookup.values().isEmpty()) {
        return Extraction.absent();
      }
      String value = lookup.values().get(0);
      if (value.length() > Limits.CREDENTIAL_CHARS) {
        return Extraction.rejected(Reason.TOO_LARGE);
      }
      if (Ascii.indexOfCtl(value) >= 0) {
        return Extraction.rejected(Reason.CONTROL_CHARACTER);
      }
      return key(value);
    };
  }

  /** Reads the key from the cookie {@code name} (rule 1.8.4, decision P5). */
  static CredentialExtractor<ApiKey> cookie(String name) {
    return request -> {
      CookieHeader.Found found = CookieHeader.find(request.headers("cookie"), name);
      if (found.reason() != null) {
        return Extraction.rejected(found.reason());
      }
      return found.value() == null ? Extraction.absent() : key(found.value());
    };
  }

  /**
   * The key in a header line. A line without white space, control characters, DEL or commas (every
   * usual key) is the key, after one pass. Any other line takes the general pass: optional white
   * space off both ends, then any control character refuses it, and a comma (lines joined by an
   * intermediary look exactly like this; we cannot tell which is meant) makes it ambiguous.
   */
  private static Extraction<ApiKey> keyInField(String line) {
    int n = line.length();
    int plain = 0;
    // Every CTL but DEL, both kinds of white space and the comma sort at or below ','; key
    // characters almost never do. Without any of them nor DEL there is nothing to trim or refuse.
    while (plain < n && line.charAt(plain) > ',' && line.charAt(plain) != 0x7f) {
      plain++;
    }
    if (plain == n && n > 0 && n <= Limits.FIELD_LINE_CHARS) {
      // Built here rather than through key(), so that the JIT inlines the allow path whole (and
      // Temurin 25's then keeps these two objects off the heap).
      return new Extraction.Present<>(new ApiKey(line));
    }
    int start = 0;
    int end = line.length();
    while (start < end && Ascii.isOws(line.charAt(start))) {
      start++;
    }
    while (end > start && Ascii.isOws(line.charAt(end - 1))) {
      end--;
    }
    if (end - start > Limits.FIELD_LINE_CHARS) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    boolean comma = false;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      // Every CTL but DEL, and the comma, sort at or below ','; key characters almost never do.
      if (c <= ',' || c == 0x7f) {
        if (Ascii.isCtl(c)) {
          return Extraction.rejected(Reason.CONTROL_CHARACTER);
        }
        comma |= c == ',';
      }
    }
    if (comma) {
      return Extraction.rejected(Reason.DUPLICATE_HEADER);
    }
    if (start == end) {
      return Extraction.absent();
    }
    // Built here rather than through key(): the allow path stays shallow enough for the JIT to
    // inline it whole and keep these two objects off the heap.
    return new Extraction.Present<>(
        new ApiKey(start == 0 && end == line.length() ? line : line.substring(start, end)));
  }

  private static Extraction<ApiKey> key(String value) {
    return value.isEmpty() ? Extraction.absent() : Extraction.present(new ApiKey(value));
  }
}
