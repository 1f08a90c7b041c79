package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gatehouse.runtime.token.TokenRequestForm.ClientAuthentication;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the password-grant token request parser (security rules 1.6.2-1.6.4, RFC 6749 sections
 * 2.3.1, 3.2, 3.3, 4.3.2): only a form or a {@link TokenRequestException} comes out; the strict
 * form differs from the permissive one only by requiring {@code grant_type}; an accepted request
 * has no repeated parameter, non-empty NFC credentials without controls that equal the strictly
 * decoded body values, well-formed unique scopes, and a client-authentication method that matches
 * where the client credentials came from.
 *
 * <p>Input: {@code Content-Type \n Authorization \n body} (an empty first or second part means no
 * such field); an input without two {@code \n} is a body sent as {@code
 * application/x-www-form-urlencoded} without {@code Authorization}.
 */
class TokenFormFuzzTest {
  private static final String FORM = "application/x-www-form-urlencoded";

  @FuzzTest(maxDuration = "10m")
  void tokenRequest(byte[] input) {
    String text = latin1(input);
    String[] parts = text.split("\n", 3);
    String contentType = FORM;
    List<String> authorization = List.of();
    byte[] body = input;
    if (parts.length == 3) {
      contentType = parts[0].isEmpty() ? null : parts[0];
      authorization = parts[1].isEmpty() ? List.of() : List.of(parts[1]);
      body = parts[2].getBytes(StandardCharsets.ISO_8859_1);
    }

    Object permissive = parse(contentType, body, authorization, false);
    Object strict = parse(contentType, body, authorization, true);
    assertThat(describe(parse(contentType, body, authorization, false)))
        .as("deterministic")
        .isEqualTo(describe(permissive));

    if (strict instanceof TokenRequestForm) {
      assertThat(describe(permissive)).isEqualTo(describe(strict));
    } else if (strict != TokenError.MISSING_GRANT_TYPE) {
      assertThat(permissive).isEqualTo(strict);
    } else if (permissive instanceof TokenRequestForm form) {
      assertThat(form.grantType()).isEmpty();
    }

    if (permissive instanceof TokenRequestForm form) {
      check(form, contentType, body, authorization);
    }
  }

  private static void check(
      TokenRequestForm form, String contentType, byte[] body, List<String> authorization) {
    Map<String, String> pairs = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      assertThat(name).isNotNull();
      assertThat(value).isNotNull();
      assertThat(pairs.put(name, value)).as("repeated parameter %s", name).isNull();
    }
    String label = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (label.contains("iso-8859-1") || label.contains("us-ascii")) {
      // Another charset than UTF-8 is only taken where all of them agree: ASCII octets only.
      for (Map.Entry<String, String> pair : pairs.entrySet()) {
        assertThat((pair.getKey() + pair.getValue()).chars().allMatch(c -> c < 0x80))
            .as("non-ASCII under %s", contentType)
            .isTrue();
      }
    }
    assertThat(form.grantType().orElse("password")).isEqualTo("password");
    assertThat(form.username())
        .isNotEmpty()
        .isEqualTo(Normalizer.normalize(pairs.get("username"), Normalizer.Form.NFC));
    assertThat(form.password())
        .isNotEmpty()
        .isEqualTo(Normalizer.normalize(pairs.get("password"), Normalizer.Form.NFC));
    assertThat(hasCtl(form.username()) || hasCtl(form.password())).isFalse();
    assertThat(form.username().codePointCount(0, form.username().length()))
        .isLessThanOrEqualTo(256);
    assertThat(form.password().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
    assertThat(new HashSet<>(form.scopes())).hasSameSizeAs(form.scopes());
    for (String scope : form.scopes()) {
      assertThat(scope).matches("[\\x21\\x23-\\x5b\\x5d-\\x7e]+");
      assertThat(pairs.get("scope").split(" ")).contains(scope);
    }
    String secretInBody = pairs.getOrDefault("client_secret", "");
    ClientAuthentication method = form.clientAuthentication();
    switch (method) {
      case CLIENT_SECRET_BASIC -> {
        assertThat(authorization).hasSize(1);
        assertThat(secretInBody).isEmpty();
        assertThat(pairs.getOrDefault("client_id", "")).isEmpty();
        assertThat(form.clientId()).isPresent();
        assertThat(form.clientSecret()).isPresent();
      }
      case CLIENT_SECRET_POST -> {
        assertThat(form.clientSecret()).contains(secretInBody);
        assertThat(form.clientId()).contains(pairs.get("client_id"));
      }
      case NONE -> {
        assertThat(form.clientSecret()).isEmpty();
        assertThat(secretInBody).isEmpty();
      }
    }
  }

  /** The form, or the error of the only exception it may throw. */
  private static Object parse(
      String type, byte[] body, List<String> authorization, boolean strict) {
    try {
      return strict
          ? TokenRequestForm.parseStrict(type, body, authorization)
          : TokenRequestForm.parse(type, body, authorization);
    } catch (TokenRequestException e) {
      assertThat(e.error()).isNotNull();
      return e.error();
    }
  }

  private static Object describe(Object result) {
    if (result instanceof TokenRequestForm f) {
      return List.of(
          f.grantType(),
          f.username(),
          f.password(),
          f.scopes(),
          f.clientId(),
          f.clientSecret(),
          f.clientAuthentication());
    }
    return result;
  }

  /** Strict form-urlencoded decoding, or null (the reference of the runtime's QueryFuzzTest). */
  private static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(i + 1) > 0x7f || s.charAt(i + 2) > 0x7f) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+') {
        out.write(' ');
      } else if (c >= 0x21 && c <= 0x7e) {
        out.write(c);
      } else {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Header bytes as the field value a server would hand over: one char per octet. */
  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** RFC 5234 CTL: %x00-1F / %x7F. */
  private static boolean hasCtl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
