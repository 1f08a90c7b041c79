package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The checks of {@code @StepUp} (RFC 9470, issue 16), one test per diagnostic and case. */
class StepUpValidationTest {

  @Test
  void acrValueWithASpace() {
    Sources.assertSingleError(
        "[SecInvalidAcrValue]",
        "SecInvalidAcrValue",
        "@StepUp(acrValues = {\"gold\", \"two words\"})",
        "@StepUp acr value \"two words\" on test.SecInvalidAcrValue.get() is not a valid acr"
            + " value: it contains a space. RFC 9470 sends acr_values as space-separated RFC 6749"
            + " NQCHAR tokens");
  }

  @Test
  void acrValueWithAQuoteOnTheInterfaceIsReportedOnce() {
    Sources.assertSingleError(
        "[SecInvalidAcrValue]",
        "SecInvalidAcrValue_quote",
        "@StepUp(acrValues = \"say\\\"gold\")",
        "@StepUp acr value \"say\"gold\" on test.SecInvalidAcrValue_quote is not a valid acr"
            + " value: it contains '\"'");
  }

  @Test
  void emptyAcrValue() {
    Sources.assertSingleError(
        "[SecInvalidAcrValue]",
        "SecInvalidAcrValue_empty",
        "@StepUp(acrValues = \"\")",
        "@StepUp acr value \"\" on test.SecInvalidAcrValue_empty.get() is not a valid acr value:"
            + " it is empty");
  }

  @Test
  void duplicateAcrValue() {
    Sources.assertSingleError(
        "[SecDuplicateAcrValue]",
        "SecDuplicateAcrValue",
        "@StepUp(acrValues = {\"gold\", \"silver\", \"gold\"})",
        "@StepUp on test.SecDuplicateAcrValue.get() lists acr value \"gold\" twice");
  }

  @Test
  void stepUpRequiringNothing() {
    Sources.assertSingleError(
        "[SecEmptyStepUp]",
        "SecEmptyStepUp",
        "@StepUp",
        "@StepUp on test.SecEmptyStepUp.get() gives neither acrValues nor maxAge, so it requires"
            + " nothing. Give acrValues");
  }

  @Test
  void explicitlyEmptyAcrValues() {
    Sources.assertSingleError(
        "[SecEmptyStepUp]",
        "SecEmptyStepUp_acrValues",
        "@StepUp(acrValues = {}, maxAge = 60)",
        "@StepUp on test.SecEmptyStepUp_acrValues.get() lists no acrValues, so it requires"
            + " nothing.");
  }

  @Test
  void zeroMaxAge() {
    Sources.assertSingleError(
        "[SecInvalidMaxAge]",
        "SecInvalidMaxAge",
        "@StepUp(acrValues = \"gold\", maxAge = 0)",
        "@StepUp maxAge = 0 on test.SecInvalidMaxAge.get() is not positive. maxAge is the most"
            + " seconds since the user authenticated (RFC 9470 max_age); give a positive number");
  }

  @Test
  void explicitMinusOneMaxAge() {
    Sources.assertSingleError(
        "[SecInvalidMaxAge]",
        "SecInvalidMaxAge_negative",
        "@StepUp(maxAge = -1)",
        "@StepUp maxAge = -1 on test.SecInvalidMaxAge_negative.get() is not positive.");
  }

  @Test
  void stepUpOnAPublicOperation() {
    Sources.assertSingleError(
        "[SecStepUpNeedsTokenScheme]",
        "SecStepUpNeedsTokenScheme",
        "@StepUp(maxAge = 60)",
        "@StepUp applies to GET /a (test.SecStepUpNeedsTokenScheme.get()), but the operation is"
            + " @Public, so no token is ever checked. Step-up authentication (RFC 9470)");
  }

  @Test
  void stepUpOnAnApiKeyOperation() {
    Sources.assertSingleError(
        "[SecStepUpNeedsTokenScheme]",
        "SecStepUpNeedsTokenScheme_apiKey",
        "@StepUp(acrValues = \"gold\")",
        "but its requirement [APIKeyHeader] names no token scheme, so a caller using it would"
            + " never be asked to step up");
  }

  @Test
  void stepUpWithAnApiKeyAlternative() {
    Sources.assertSingleError(
        "[SecStepUpNeedsTokenScheme]",
        "SecStepUpNeedsTokenScheme_alternative",
        "@StepUp(acrValues = \"gold\")",
        "@StepUp applies to GET /a (test.SecStepUpNeedsTokenScheme_alternative.get()), but its"
            + " requirement [APIKeyHeader] names no token scheme");
  }

  @Test
  void stepUpOnAnOptionalOperation() {
    Sources.assertSingleError(
        "[SecStepUpNeedsTokenScheme]",
        "SecStepUpNeedsTokenScheme_optional",
        "@StepUp(acrValues = \"gold\")",
        "the operation is @OptionalSecurity, so a caller without a token is let in");
  }

  @Test
  void interfaceStepUpSkipsPublicOperationsButNotUndeclaredOnes() {
    Sources.assertSingleError(
        "[SecStepUpNeedsTokenScheme]",
        "SecStepUpNeedsTokenScheme_interface",
        "@StepUp(maxAge = 60)",
        "@StepUp applies to GET /a/open (test.SecStepUpNeedsTokenScheme_interface.open()), but"
            + " the operation has no security requirement, so no token is ever checked");
  }

  @Test
  void methodStepUpReplacesTheInterfaceOneInTheGlue() throws IOException {
    Compilation compilation = Sources.compile(List.of(), Sources.folder("good/stepup"));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject glue =
        compilation.generatedSourceFile("test.PaymentsApi_Security").orElseThrow();
    String source = glue.getCharContent(true).toString();
    assertThat(source)
        .contains("{\"list()\", \"GET\", \"/payments\", \"Bank payments\", \"!max_age 3600\"}")
        .contains(
            "{\"send()\", \"POST\", \"/payments\", \"Bank payments\","
                + " \"!acr_values urn:example:mfa gold\", \"!max_age 300\"}")
        .contains("{\"health()\", \"GET\", \"/payments/health\"}");
    assertThat(
            compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/openapi.json")
                .isPresent())
        .isTrue();
  }
}
