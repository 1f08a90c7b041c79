package dev.gatehouse.processor.validate;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.ApiKeyScheme.ApiKeyLocation;
import dev.gatehouse.processor.model.EndpointInterface;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.model.Operation;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.ParameterLocation;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Validates the whole compilation's model: each scheme, the one global set of scheme names, every
 * operation's requirements against it, and routes and parameters across all endpoints.
 */
public final class EndpointValidator {
  private final Reporter reporter;
  private final OpenApiVersion version;
  private final SchemeValidator schemes;
  private final StepUpValidator stepUps;
  private final Set<SourceRef> reportedUses = new HashSet<>();
  private final Set<SourceRef> reportedSets = new HashSet<>();

  public EndpointValidator(Reporter reporter, OpenApiVersion version) {
    this.reporter = reporter;
    this.version = version;
    this.schemes = new SchemeValidator(reporter, version);
    this.stepUps = new StepUpValidator(reporter);
  }

  /**
   * Validates everything and returns the scheme components by name. Declarations must come in a
   * deterministic order (the processor sorts them), since the first of two conflicting declarations
   * is the one kept.
   */
  public SortedMap<String, SecurityScheme> validate(
      List<SecurityScheme> declared, List<EndpointInterface> endpoints) {
    SortedMap<String, SecurityScheme> byName = new TreeMap<>();
    for (SecurityScheme scheme : declared) {
      SecurityScheme first = byName.get(scheme.name());
      if (first == null) {
        schemes.check(scheme);
        byName.put(scheme.name(), scheme);
      } else if (!first.definition().equals(scheme.definition())) {
        reporter.report(
            Diagnostic.CONFLICTING_SCHEME,
            scheme.source(),
            scheme.name(),
            scheme.annotationName(),
            first.annotationName(),
            first.source() == null
                ? "another element"
                : Reporter.describe(first.source().element()));
      }
    }
    Map<String, Operation> routes = new HashMap<>();
    for (EndpointInterface endpoint : endpoints) {
      for (Operation operation : endpoint.operations()) {
        requirements(operation, byName, endpoint.source());
        stepUps.check(operation, byName, endpoint.source());
        parameters(operation, endpoint.source());
        String route = operation.httpMethod() + " " + routeKey(operation.path());
        Operation first = routes.putIfAbsent(route, operation);
        if (first != null) {
          reporter.report(
              Diagnostic.DUPLICATE_ROUTE,
              operation.source(),
              endpoint.source(),
              operation.httpMethod(),
              operation.path(),
              first.declaringType() + "." + first.javaMethod() + "()",
              operation.declaringType() + "." + operation.javaMethod() + "()");
        }
      }
    }
    return byName;
  }

  private void requirements(
      Operation operation, Map<String, SecurityScheme> byName, SourceRef subject) {
    List<SecurityScheme> used = new ArrayList<>();
    for (RequirementAlternative alternative : operation.security().alternatives()) {
      for (SchemeUse use : alternative.schemes()) {
        SecurityScheme scheme = byName.get(use.schemeName());
        if (scheme == null) {
          if (reportedUses.add(use.source())) {
            reporter.report(
                Diagnostic.UNKNOWN_SCHEME,
                use.source(),
                subject,
                use.schemeName(),
                Suggestions.closest(use.schemeName(), byName.keySet())
                    .map(s -> " Did you mean \"" + s + "\"?")
                    .orElse(""),
                byName.isEmpty() ? "none" : String.join(", ", byName.keySet()));
          }
          continue;
        }
        used.add(scheme);
        if (reportedUses.add(use.source())) {
          scopes(use, scheme, subject);
        }
      }
    }
    authorizationHeaderClash(used, operation, subject);
    unsatisfiableSets(operation, byName, subject);
  }

  /**
   * A requirement object (AND) naming two schemes that read one place: a request carries one
   * credential there, so no request satisfies it (issue 14). Reported once per set, at the second
   * scheme. An API key in {@code Authorization} beside an HTTP scheme is {@link
   * Diagnostic#API_KEY_IN_AUTHORIZATION}'s case and not repeated here.
   */
  private void unsatisfiableSets(
      Operation operation, Map<String, SecurityScheme> byName, SourceRef subject) {
    for (RequirementAlternative alternative : operation.security().alternatives()) {
      Map<String, SchemeUse> byPlace = new HashMap<>();
      for (SchemeUse use : alternative.schemes()) {
        SecurityScheme scheme = byName.get(use.schemeName());
        if (scheme == null) {
          continue;
        }
        String place = place(scheme);
        SchemeUse first = byPlace.putIfAbsent(place, use);
        if (first != null
            && !first.schemeName().equals(use.schemeName())
            && reportedSets.add(clashKey(use))) {
          reporter.report(
              Diagnostic.UNSATISFIABLE_REQUIREMENTS_SET,
              use.source(),
              subject,
              first.schemeName(),
              use.schemeName(),
              describePlace(scheme),
              scheme instanceof ApiKeyScheme
                  ? "another "
                      + ((ApiKeyScheme) scheme).location().name().toLowerCase(Locale.ROOT)
                      + " name"
                  : "another place (an API key, e.g. in X-API-Key)");
        }
      }
    }
  }

  private static String place(SecurityScheme scheme) {
    if (scheme instanceof ApiKeyScheme key) {
      String name =
          key.location() == ApiKeyLocation.HEADER
              ? key.parameterName().toLowerCase(Locale.ROOT)
              : key.parameterName();
      return "apiKey " + key.location() + " " + name;
    }
    return "Authorization";
  }

  private static String describePlace(SecurityScheme scheme) {
    if (scheme instanceof ApiKeyScheme key) {
      return switch (key.location()) {
        case HEADER -> "the header \"" + key.parameterName() + "\"";
        case QUERY -> "the query parameter \"" + key.parameterName() + "\"";
        case COOKIE -> "the cookie \"" + key.parameterName() + "\"";
      };
    }
    return "the Authorization header";
  }

  private void scopes(SchemeUse use, SecurityScheme scheme, SourceRef subject) {
    if (use.scopes().isEmpty()) {
      return;
    }
    if (scheme instanceof OAuth2Scheme oauth2) {
      for (String scope : use.scopes()) {
        if (!oauth2.declaresScope(scope)) {
          List<String> declared =
              oauth2.flows().stream()
                  .flatMap(f -> f.scopes().stream())
                  .map(s -> s.name())
                  .distinct()
                  .toList();
          reporter.report(
              Diagnostic.UNDECLARED_SCOPE,
              use.source(),
              subject,
              scope,
              scheme.name(),
              declared.isEmpty() ? "none" : String.join(", ", declared));
        }
      }
    } else if (!scheme.usesScopes() && !version.allowsRoles()) {
      reporter.report(
          Diagnostic.ROLES_NEED_OPENAPI_31,
          use.source(),
          subject,
          scheme.name(),
          typeOf(scheme),
          version.text(),
          use.scopes());
    }
  }

  /** An API key in {@code Authorization} cannot share an operation with an HTTP/OAuth scheme. */
  private void authorizationHeaderClash(
      List<SecurityScheme> used, Operation operation, SourceRef subject) {
    SecurityScheme authorizationUser =
        used.stream().filter(s -> !(s instanceof ApiKeyScheme)).findFirst().orElse(null);
    if (authorizationUser == null) {
      return;
    }
    for (SecurityScheme scheme : used) {
      if (scheme instanceof ApiKeyScheme key
          && key.location() == ApiKeyLocation.HEADER
          && key.parameterName().equalsIgnoreCase("Authorization")) {
        for (RequirementAlternative alternative : operation.security().alternatives()) {
          for (SchemeUse use : alternative.schemes()) {
            if (use.schemeName().equals(key.name()) && reportedUses.add(clashKey(use))) {
              reporter.report(
                  Diagnostic.API_KEY_IN_AUTHORIZATION,
                  use.source(),
                  subject,
                  key.name(),
                  authorizationUser.name());
            }
          }
        }
      }
    }
  }

  private static SourceRef clashKey(SchemeUse use) {
    SourceRef s = use.source();
    return s == null ? null : new SourceRef(s.element(), s.mirror(), null);
  }

  private void parameters(Operation operation, SourceRef subject) {
    Set<String> seen = new HashSet<>();
    for (Parameter p : operation.parameters()) {
      String name =
          p.in() == ParameterLocation.HEADER ? p.name().toLowerCase(Locale.ROOT) : p.name();
      if (!seen.add(p.in() + " " + name)) {
        reporter.report(
            Diagnostic.DUPLICATE_PARAMETER,
            p.source(),
            subject,
            p.in().openApiName(),
            p.name(),
            operation.declaringType() + "." + operation.javaMethod() + "()");
      }
    }
  }

  private static String routeKey(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  private static String typeOf(SecurityScheme scheme) {
    return scheme instanceof ApiKeyScheme ? "apiKey" : "http";
  }
}
