package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
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

  /**
   * Reads the key from the header {@code name} (rule 1.8.2), guarded as every extractor of {@link
   * Extractors} is; {@link HeaderKey#plainKey} offers the usual case on its own.
   */
  static HeaderKey header(String name) {
    return new HeaderKey(name);
  }

  /**
   * The header API-key extractor. Besides {@link #extract}, it hands the single-scheme decision the
   * key alone ({@link #plainKey}) when the field is sent once as a plain key, so that the decision
   * builds the {@link ApiKey} where it verifies it: held by nothing else, it stays off the heap
   * (JDK 17's escape analysis, a single pass, kept it on the heap once an {@link
   * Extraction.Present} had held it).
   */
  static final class HeaderKey implements CredentialExtractor<ApiKey> {
    /** Field names are case-insensitive; lower case is what views index by (and HTTP/2 sends). */
    private final String field;

    private final CredentialExtractor<ApiKey> guarded;

    private HeaderKey(String name) {
      this.field = Ascii.toLowerCase(name);
      this.guarded = Extractors.guarded(this::read);
    }

    @Override
    public Extraction<ApiKey> extract(RequestView request) {
      return guarded.extract(request);
    }

    /**
     * The key, when the field is sent as one line that is a plain key ({@link #isPlainKey}): then
     * {@link #extract} would find exactly this key. Otherwise null, and {@link #extract} decides.
     * Never throws.
     */
    String plainKey(RequestView request) {
      if (request == null) {
        return null;
      }
      try {
        List<String> lines = request.headers(field);
        if (lines.size() != 1) {
          return null;
        }
        String line = lines.get(0);
        return isPlainKey(line) ? line : null;
      } catch (RuntimeException e) {
        // The guarded extractor meets the same failure and names it.
        return null;
      }
    }

    private Extraction<ApiKey> read(RequestView request) {
      List<String> lines = request.headers(field);
      if (lines.isEmpty()) {
        return Extraction.absent();
      }
      if (lines.size() > 1) {
        return Extraction.rejected(Reason.DUPLICATE_HEADER);
      }
      return keyInField(lines.get(0));
    }
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
   * Whether a header line is a key as it stands: not empty, within the line cap, and without white
   * space, control characters, DEL or commas (every usual key). Such a line needs nothing trimmed
   * or refused.
   */
  static boolean isPlainKey(String line) {
    int n = line.length();
    if (n == 0 || n > Limits.FIELD_LINE_CHARS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      // Every CTL but DEL, both kinds of white space and the comma sort at or below ','; key
      // characters almost never do.
      if (c <= ',' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key in a header line. A plain key ({@link #isPlainKey}) is the key. Any other line takes
   * the general pass: optional white space off both ends, then any control character refuses it,
   * and a comma (lines joined by an intermediary look exactly like this; we cannot tell which is
   * meant) makes it ambiguous.
   */
  private static Extraction<ApiKey> keyInField(String line) {
    if (isPlainKey(line)) {
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
    return new Extraction.Present<>(
        new ApiKey(start == 0 && end == line.length() ? line : line.substring(start, end)));
  }

  private static Extraction<ApiKey> key(String value) {
    return value.isEmpty() ? Extraction.absent() : Extraction.present(new ApiKey(value));
  }
}
