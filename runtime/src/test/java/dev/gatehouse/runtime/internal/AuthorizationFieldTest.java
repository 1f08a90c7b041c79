package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.internal.AuthorizationField.Kind;
import dev.gatehouse.runtime.internal.AuthorizationField.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The split of one {@code Authorization} field value (security rules 1.1): the scheme word as sent
 * (matched without a scan when spelled as expected), the credentials where they start, and the
 * checks that {@link AuthorizationField#readUnchecked} leaves to the scheme.
 */
class AuthorizationFieldTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Basic dXNlcjpwYXNz|Basic|dXNlcjpwYXNz",
        "basic dXNlcjpwYXNz|basic|dXNlcjpwYXNz",
        "BASIC   dXNlcjpwYXNz|BASIC|dXNlcjpwYXNz",
        "' Basic dXNlcjpwYXNz\t'|Basic|dXNlcjpwYXNz",
      })
  void splitsTheSchemeWordAndTheCredentials(String line, String scheme, String credentials) {
    Parsed parsed = AuthorizationField.parse(line, "Basic");
    assertThat(parsed.kind()).isEqualTo(Kind.CREDENTIALS);
    assertThat(parsed.scheme()).isEqualTo(scheme);
    assertThat(parsed.credentials()).isEqualTo(credentials);
    assertThat(parsed.value().substring(parsed.start())).isEqualTo(credentials);
    assertThat(parsed.token68()).isTrue();
  }

  @Test
  void theExpectedSpellingIsNotCopied() {
    assertThat(AuthorizationField.parse("Basic x", "Basic").scheme()).isSameAs("Basic");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BasicX dXNl|ABSENT|",
        "Basi dXNl|ABSENT|",
        "Bearer dXNl|ABSENT|",
        "Basic|SCHEME_ONLY|",
        "'Basic\tdXNl'|REJECTED|BAD_SCHEME_SEPARATOR",
        "Basic,dXNl|REJECTED|BAD_SCHEME_SEPARATOR",
        "'Basic\u0000dXNl'|REJECTED|CONTROL_CHARACTER",
        "'Basic dX\u0000Nl'|REJECTED|CONTROL_CHARACTER",
      })
  void refusesWhatIsNotTheScheme(String line, Kind kind, Reason reason) {
    Parsed parsed = AuthorizationField.parse(line, "Basic");
    assertThat(parsed.kind()).isEqualTo(kind);
    assertThat(parsed.reason()).isEqualTo(reason);
  }

  @Test
  void uncheckedLeavesTheCredentialsToTheScheme() {
    SimpleRequest request =
        SimpleRequest.builder().header("Authorization", "Basic dX\u0000Nl").build();
    Parsed unchecked = AuthorizationField.readUnchecked(request, "Basic");
    assertThat(unchecked.kind()).isEqualTo(Kind.CREDENTIALS);
    assertThat(unchecked.token68()).isFalse();
    assertThat(AuthorizationField.read(request, "Basic").reason())
        .isEqualTo(Reason.CONTROL_CHARACTER);
  }

  @Test
  void toStringNeverShowsTheCredentials() {
    Parsed parsed = AuthorizationField.parse("Basic czNjcjN0LVpxOQ==", "Basic");
    assertThat(parsed.toString()).doesNotContain("czNjcjN0LVpxOQ").contains("Basic");
  }
}
