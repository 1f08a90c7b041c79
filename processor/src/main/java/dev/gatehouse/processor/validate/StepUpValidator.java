package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityPolicy;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.SourceRef;
import dev.gatehouse.processor.model.StepUpDecl;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each operation's {@code @StepUp} (RFC 9470, issue 16): its values once per annotation (acr
 * values are NQCHAR tokens, listed once; {@code maxAge} positive; something required), and per
 * operation that every way in presents an access token whose {@code acr} and {@code auth_time} can
 * be checked.
 */
final class StepUpValidator {
  private final Reporter reporter;
  private final Set<SourceRef> checked = new HashSet<>();

  StepUpValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Operation operation, Map<String, SecurityScheme> byName, SourceRef subject) {
    StepUpDecl stepUp = operation.security().stepUp();
    if (stepUp == null) {
      return;
    }
    if (checked.add(stepUp.source())) {
      values(stepUp, subject);
    }
    tokenScheme(operation, stepUp, byName, subject);
  }

  private void values(StepUpDecl stepUp, SourceRef subject) {
    String on = Reporter.describe(stepUp.source().element());
    Set<String> seen = new HashSet<>();
    for (StepUpDecl.AcrValue acr : stepUp.acrValues()) {
      Optional<String> problem = Syntax.notScopeToken(acr.value());
      if (problem.isPresent()) {
        reporter.report(
            Diagnostic.INVALID_ACR_VALUE, acr.source(), subject, acr.value(), on, problem.get());
      } else if (!seen.add(acr.value())) {
        reporter.report(Diagnostic.DUPLICATE_ACR_VALUE, acr.source(), subject, on, acr.value());
      }
    }
    if (stepUp.acrValuesGiven() && stepUp.acrValues().isEmpty()) {
      reporter.report(
          Diagnostic.EMPTY_STEP_UP, stepUp.acrValuesSource(), subject, on, "lists no acrValues");
    } else if (!stepUp.acrValuesGiven() && !stepUp.maxAgeGiven()) {
      reporter.report(
          Diagnostic.EMPTY_STEP_UP,
          stepUp.source(),
          subject,
          on,
          "gives neither acrValues nor maxAge");
    }
    if (stepUp.maxAgeGiven() && stepUp.maxAge() <= 0) {
      reporter.report(
          Diagnostic.INVALID_MAX_AGE, stepUp.maxAgeSource(), subject, stepUp.maxAge(), on);
    }
  }

  /**
   * Every way into the operation must present a token; undeclared schemes are reported elsewhere.
   */
  private void tokenScheme(
      Operation operation,
      StepUpDecl stepUp,
      Map<String, SecurityScheme> byName,
      SourceRef subject) {
    SecurityPolicy policy = operation.security();
    String what =
        operation.httpMethod()
            + " "
            + operation.path()
            + " ("
            + operation.declaringType()
            + "."
            + operation.javaMethod()
            + "())";
    String problem = null;
    if (policy.mode() == SecurityPolicy.Mode.PUBLIC) {
      problem = "the operation is @Public, so no token is ever checked";
    } else if (policy.mode() == SecurityPolicy.Mode.UNDECLARED) {
      problem = "the operation has no security requirement, so no token is ever checked";
    } else if (policy.optional()) {
      problem = "the operation is @OptionalSecurity, so a caller without a token is let in";
    } else {
      for (RequirementAlternative alternative : policy.alternatives()) {
        boolean token = false;
        boolean known = true;
        for (SchemeUse use : alternative.schemes()) {
          SecurityScheme scheme = byName.get(use.schemeName());
          known &= scheme != null;
          token |= scheme != null && isTokenScheme(scheme);
        }
        if (known && !token) {
          problem =
              "its requirement "
                  + alternative.schemes().stream().map(SchemeUse::schemeName).toList()
                  + " names no token scheme, so a caller using it would never be asked to step up";
          break;
        }
      }
    }
    if (problem != null) {
      reporter.report(
          Diagnostic.STEP_UP_NEEDS_TOKEN_SCHEME, stepUp.source(), subject, what, problem);
    }
  }

  /** OAuth2, OpenID Connect or HTTP Bearer: the schemes whose credential is an access token. */
  private static boolean isTokenScheme(SecurityScheme scheme) {
    return scheme instanceof OAuth2Scheme
        || scheme instanceof OpenIdConnectScheme
        || scheme instanceof HttpAuthScheme h && h.kind() == HttpAuthScheme.Kind.BEARER;
  }
}
