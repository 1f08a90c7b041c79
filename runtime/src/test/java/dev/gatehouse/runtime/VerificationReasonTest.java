package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Verification#rejected(String)} accepts only a fixed, printable-ASCII sentence without
 * quotes (security rules 1.3.8: an error_description never carries request data or characters RFC
 * 6750 forbids); an empty one means no reason.
 */
class VerificationReasonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"bad\u0000", "bad\n", "bad\u007f", "caf\u00e9", "say \"no\"", "back\\slash"})
  void refusesCharactersRfc6750Forbids(String reason) {
    assertThatThrownBy(() -> Verification.rejected(reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(reason);
  }

  @Test
  void emptyReasonIsNoReason() {
    Verification v = Verification.rejected("");
    assertThat(v.isGranted()).isFalse();
    assertThat(v.reason()).isEmpty();
  }

  @Test
  void printableReasonIsKept() {
    assertThat(Verification.rejected("The access token expired").reason())
        .hasValue("The access token expired");
    assertThat(Verification.rejected().reason()).isEmpty();
  }
}
