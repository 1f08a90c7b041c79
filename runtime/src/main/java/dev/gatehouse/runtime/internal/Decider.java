package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision algorithm of security rules 1.1.1: extract every scheme the operation names, refuse
 * ambiguity with 400, fail closed with 401 on any presented but invalid credential, let in the
 * first satisfied requirement object (or an anonymous caller of an optional operation), refuse a
 * verified caller lacking scopes with 403, and everyone else with 401. Challenges follow the order
 * in which the document lists the schemes.
 */
public final class Decider {
  static final String NOT_AUTHENTICATED = "Not authenticated";
  static final String INVALID = "Invalid authentication credentials";
  static final String AMBIGUOUS = "Ambiguous credentials";
  static final String UNAVAILABLE = "Authentication is temporarily unavailable";
  static final String FORBIDDEN = "Not enough permissions";

  private final Map<String, SchemeDefinition> schemes;
  private final Map<String, Verifier<? extends Credential>> verifiers;
  private final String realm;
  private final SecureRandom random = new SecureRandom();
  private final String digestOpaque;

  public Decider(
      Map<String, SchemeDefinition> schemes,
      Map<String, Verifier<? extends Credential>> verifiers,
      String realm) {
    this.schemes = Map.copyOf(schemes);
    this.verifiers = Map.copyOf(verifiers);
    this.realm = realm;
    byte[] opaque = new byte[16];
    random.nextBytes(opaque);
    this.digestOpaque = HexFormat.of().formatHex(opaque);
  }

  /** The title as a realm when it is a valid realm, else {@code "API"}. */
  public static String safeRealm(String title) {
    return title != null && realmProblem(title) == null ? title : "API";
  }

  /**
   * Why {@code realm} cannot be a challenge realm (security rules 1.2.13: printable ASCII without
   * {@code "} or {@code \}), or null when it can.
   */
  public static String realmProblem(String realm) {
    if (realm.isEmpty()) {
      return "it is empty";
    }
    for (int i = 0; i < realm.length(); i++) {
      char c = realm.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return "it contains a character other than printable ASCII without '\"' and '\\'";
      }
    }
    return null;
  }

  public Decision decide(OperationSecurity operation, RequestView request) {
    try {
      return decideOrThrow(operation, request);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // Fail closed; the cause is deliberately not echoed (it could quote request data).
      return new Decision.Deny(503, List.of(), UNAVAILABLE);
    }
  }

  private Decision decideOrThrow(OperationSecurity operation, RequestView request) {
    if (operation.isOpen()) {
      return new Decision.Allow(List.of());
    }
    Set<String> names = operation.schemes();
    Map<String, Extraction<? extends Credential>> extracted = new LinkedHashMap<>();
    for (String name : names) {
      extracted.put(name, scheme(name).extractor().extract(request));
    }
    if (extracted.values().stream().anyMatch(e -> e instanceof Extraction.Ambiguous)) {
      return new Decision.Deny(400, bearerChallenge(names, "invalid_request", null), AMBIGUOUS);
    }
    // Cheap syntax first (security rules 1.1.1 step 3): a malformed credential decides the
    // request before any verifier runs.
    boolean malformedBearer = false;
    boolean malformed = false;
    for (Map.Entry<String, Extraction<? extends Credential>> e : extracted.entrySet()) {
      if (e.getValue() instanceof Extraction.Malformed) {
        malformed = true;
        malformedBearer |= scheme(e.getKey()).kind().isBearerFamily();
      }
    }
    if (malformed) {
      return new Decision.Deny(
          401, challenges(names, malformedBearer ? "invalid_token" : null, null), INVALID);
    }
    Map<String, Verification> verified = new LinkedHashMap<>();
    boolean invalid = false;
    boolean invalidBearer = false;
    String bearerReason = null;
    for (Map.Entry<String, Extraction<? extends Credential>> e : extracted.entrySet()) {
      SchemeDefinition scheme = scheme(e.getKey());
      boolean bad = false;
      if (e.getValue() instanceof Extraction.Present<? extends Credential> present) {
        Verification v;
        try {
          v = verify(e.getKey(), present.credential());
        } catch (VerifierUnavailableException failure) {
          return new Decision.Deny(503, List.of(), UNAVAILABLE, failure.retryAfter());
        } catch (VirtualMachineError failure) {
          throw failure;
        } catch (Exception | Error failure) {
          return new Decision.Deny(503, List.of(), UNAVAILABLE);
        }
        if (v != null && v.isGranted()) {
          verified.put(e.getKey(), v);
        } else {
          bad = true;
          if (v != null && scheme.kind().isBearerFamily() && bearerReason == null) {
            bearerReason = v.reason().orElse(null);
          }
        }
      }
      if (bad) {
        invalid = true;
        invalidBearer |= scheme.kind().isBearerFamily();
      }
    }
    if (invalid) {
      return new Decision.Deny(
          401,
          challenges(names, invalidBearer ? "invalid_token" : null, invalidBearer ? bearerReason : null),
          INVALID);
    }
    for (List<SchemeRequirement> alternative : operation.alternatives()) {
      if (satisfied(alternative, verified)) {
        List<Authentication> who = new ArrayList<>();
        for (SchemeRequirement r : alternative) {
          Verification v = verified.get(r.scheme());
          who.add(new Authentication(v.principal(), r.scheme(), v.scopes()));
        }
        return new Decision.Allow(who);
      }
    }
    if (operation.optional() && verified.isEmpty()) {
      return new Decision.Allow(List.of());
    }
    for (List<SchemeRequirement> alternative : operation.alternatives()) {
      if (alternative.stream().allMatch(r -> verified.containsKey(r.scheme()))) {
        return insufficientScope(alternative, verified);
      }
    }
    return new Decision.Deny(401, challenges(names, null, null), NOT_AUTHENTICATED);
  }

  private static boolean satisfied(
      List<SchemeRequirement> alternative, Map<String, Verification> verified) {
    for (SchemeRequirement r : alternative) {
      Verification v = verified.get(r.scheme());
      if (v == null || !v.scopes().containsAll(r.scopes())) {
        return false;
      }
    }
    return true;
  }

  /** 403 naming, in the challenge, every scope the object requires (RFC 6750 section 3.1). */
  private Decision insufficientScope(
      List<SchemeRequirement> alternative, Map<String, Verification> verified) {
    Set<String> required = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    boolean bearer = false;
    for (SchemeRequirement r : alternative) {
      required.addAll(r.scopes());
      for (String scope : r.scopes()) {
        if (!verified.get(r.scheme()).scopes().contains(scope)) {
          missing.add(scope);
          bearer |= scheme(r.scheme()).kind().isBearerFamily();
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    alternative.forEach(r -> names.add(r.scheme()));
    List<String> challenges =
        bearer ? bearerChallenge(names, "insufficient_scope", String.join(" ", required)) : List.of();
    return new Decision.Deny(
        403, challenges, FORBIDDEN + "; missing scopes: " + String.join(" ", missing));
  }

  /** The Bearer challenge of the first bearer-type scheme among {@code names}, if any. */
  private List<String> bearerChallenge(Set<String> names, String error, String scope) {
    for (String name : names) {
      SchemeDefinition s = scheme(name);
      if (s.kind().isBearerFamily()) {
        return List.of(Challenges.bearer(realmOf(s), error, null, scope));
      }
    }
    return List.of();
  }

  private String realmOf(SchemeDefinition s) {
    return s.realm().isEmpty() ? realm : s.realm();
  }

  /** One challenge per scheme, in document order, identical ones once. */
  private List<String> challenges(Set<String> names, String bearerError, String description) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      SchemeDefinition s = scheme(name);
      String ownRealm = realmOf(s);
      out.add(
          switch (s.kind()) {
            case API_KEY -> Challenges.apiKey(ownRealm);
            case BASIC -> Challenges.basic(ownRealm);
            case BEARER, OAUTH2, OPEN_ID_CONNECT ->
                Challenges.bearer(ownRealm, bearerError, description, null);
            case DIGEST -> Challenges.digest(ownRealm, nonce(), digestOpaque, false);
            case HTTP -> Challenges.scheme(s.challengeScheme(), ownRealm);
          });
    }
    return List.copyOf(out);
  }

  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @SuppressWarnings("unchecked")
  private Verification verify(String scheme, Credential credential) throws Exception {
    // The builder checked that each verifier was registered for its scheme's kind, and the kind
    // fixes the extractor's credential type, so this cast cannot fail.
    Verifier<Credential> verifier = (Verifier<Credential>) verifiers.get(scheme);
    return verifier.verify(credential);
  }

  private SchemeDefinition scheme(String name) {
    SchemeDefinition s = schemes.get(name);
    if (s == null) {
      throw new IllegalStateException("undeclared scheme");
    }
    return s;
  }
}
