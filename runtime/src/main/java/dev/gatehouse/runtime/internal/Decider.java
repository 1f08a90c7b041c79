package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.AuthenticationThrottledException;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.IdentityHashMap;
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
  static final String THROTTLED = "Too many failed authentication attempts";
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

  /** The answer to an open operation, or to an anonymous caller of an optional one. */
  private static final Decision ANONYMOUS = new Decision.Allow(List.of());

  /** Plans cached beyond this many operations are computed per request instead (no leak). */
  private static final int MAX_CACHED_PLANS = 4096;

  /**
   * What the decision needs about one operation, derived once: the schemes it names in document
   * order (each once), their definitions and verifiers, and each requirement object's schemes as
   * indexes into that order.
   */
  private static final class Plan {
    final String[] names;
    /** Null where the scheme is undeclared: using it fails closed, as before, when reached. */
    final SchemeDefinition[] definitions;
    final Verifier<? extends Credential>[] verifiers;
    final List<List<SchemeRequirement>> alternatives;
    final int[][] alternativeIndexes;

    @SuppressWarnings("unchecked")
    Plan(
        OperationSecurity operation,
        Map<String, SchemeDefinition> schemes,
        Map<String, Verifier<? extends Credential>> verifiers) {
      Map<String, Integer> index = new LinkedHashMap<>();
      for (List<SchemeRequirement> alternative : operation.alternatives()) {
        for (SchemeRequirement r : alternative) {
          index.putIfAbsent(r.scheme(), index.size());
        }
      }
      this.names = index.keySet().toArray(new String[0]);
      this.definitions = new SchemeDefinition[names.length];
      this.verifiers = new Verifier[names.length];
      for (int i = 0; i < names.length; i++) {
        // A null name is undeclared too (the immutable maps refuse null look-ups).
        definitions[i] = names[i] == null ? null : schemes.get(names[i]);
        this.verifiers[i] = names[i] == null ? null : verifiers.get(names[i]);
      }
      this.alternatives = operation.alternatives();
      this.alternativeIndexes = new int[alternatives.size()][];
      for (int a = 0; a < alternatives.size(); a++) {
        List<SchemeRequirement> alternative = alternatives.get(a);
        int[] indexes = new int[alternative.size()];
        for (int r = 0; r < indexes.length; r++) {
          indexes[r] = index.get(alternative.get(r).scheme());
        }
        alternativeIndexes[a] = indexes;
      }
    }

    SchemeDefinition definition(int i) {
      SchemeDefinition s = definitions[i];
      if (s == null) {
        throw new IllegalStateException("undeclared scheme");
      }
      return s;
    }
  }

  /** Plans by operation identity; copy-on-write, since operations are few and fixed. */
  private volatile Map<OperationSecurity, Plan> plans = new IdentityHashMap<>();

  private Plan plan(OperationSecurity operation) {
    Plan plan = plans.get(operation);
    if (plan != null) {
      return plan;
    }
    plan = new Plan(operation, schemes, verifiers);
    synchronized (this) {
      Map<OperationSecurity, Plan> current = plans;
      if (current.size() < MAX_CACHED_PLANS && !current.containsKey(operation)) {
        Map<OperationSecurity, Plan> copy = new IdentityHashMap<>(current);
        copy.put(operation, plan);
        plans = copy;
      }
    }
    return plan;
  }

  private Decision decideOrThrow(OperationSecurity operation, RequestView request) {
    if (operation.isOpen()) {
      return ANONYMOUS;
    }
    Plan plan = plan(operation);
    int n = plan.names.length;
    Extraction<?>[] extracted = new Extraction<?>[n];
    for (int i = 0; i < n; i++) {
      extracted[i] = plan.definition(i).extractor().extract(request);
    }
    for (int i = 0; i < n; i++) {
      if (extracted[i] instanceof Extraction.Ambiguous) {
        return new Decision.Deny(400, bearerChallenge(plan.names, "invalid_request", null), AMBIGUOUS);
      }
    }
    // Cheap syntax first (security rules 1.1.1 step 3): a malformed credential decides the
    // request before any verifier runs.
    boolean malformedBearer = false;
    boolean malformed = false;
    for (int i = 0; i < n; i++) {
      if (extracted[i] instanceof Extraction.Malformed) {
        malformed = true;
        malformedBearer |= plan.definition(i).kind().isBearerFamily();
      }
    }
    if (malformed) {
      return new Decision.Deny(
          401, challenges(plan.names, malformedBearer ? "invalid_token" : null, null), INVALID);
    }
    Verification[] verified = new Verification[n];
    int verifiedCount = 0;
    boolean invalid = false;
    boolean invalidBearer = false;
    String bearerReason = null;
    for (int i = 0; i < n; i++) {
      SchemeDefinition scheme = plan.definition(i);
      boolean bad = false;
      if (extracted[i] instanceof Extraction.Present<?> present) {
        Verification v;
        try {
          v = verify(plan.verifiers[i], present.credential());
        } catch (VerifierUnavailableException failure) {
          return new Decision.Deny(503, List.of(), UNAVAILABLE, failure.retryAfter());
        } catch (AuthenticationThrottledException failure) {
          return new Decision.Deny(429, List.of(), THROTTLED, failure.retryAfter());
        } catch (VirtualMachineError failure) {
          throw failure;
        } catch (Exception | Error failure) {
          return new Decision.Deny(503, List.of(), UNAVAILABLE);
        }
        if (v != null && v.isGranted()) {
          verified[i] = v;
          verifiedCount++;
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
          challenges(
              plan.names,
              invalidBearer ? "invalid_token" : null,
              invalidBearer ? bearerReason : null),
          INVALID);
    }
    for (int a = 0; a < plan.alternativeIndexes.length; a++) {
      List<SchemeRequirement> alternative = plan.alternatives.get(a);
      int[] indexes = plan.alternativeIndexes[a];
      if (satisfied(alternative, indexes, verified)) {
        Authentication[] who = new Authentication[indexes.length];
        for (int r = 0; r < indexes.length; r++) {
          Verification v = verified[indexes[r]];
          who[r] = new Authentication(v.principal(), alternative.get(r).scheme(), v.scopes());
        }
        return new Decision.Allow(List.of(who));
      }
    }
    if (operation.optional() && verifiedCount == 0) {
      return ANONYMOUS;
    }
    for (int a = 0; a < plan.alternativeIndexes.length; a++) {
      if (allVerified(plan.alternativeIndexes[a], verified)) {
        return insufficientScope(plan.alternatives.get(a), plan.alternativeIndexes[a], verified);
      }
    }
    return new Decision.Deny(401, challenges(plan.names, null, null), NOT_AUTHENTICATED);
  }

  private static boolean satisfied(
      List<SchemeRequirement> alternative, int[] indexes, Verification[] verified) {
    for (int r = 0; r < indexes.length; r++) {
      Verification v = verified[indexes[r]];
      if (v == null || !v.scopes().containsAll(alternative.get(r).scopes())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allVerified(int[] indexes, Verification[] verified) {
    for (int index : indexes) {
      if (verified[index] == null) {
        return false;
      }
    }
    return true;
  }

  /** 403 naming, in the challenge, every scope the object requires (RFC 6750 section 3.1). */
  private Decision insufficientScope(
      List<SchemeRequirement> alternative, int[] indexes, Verification[] verified) {
    Set<String> required = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    boolean bearer = false;
    for (int i = 0; i < indexes.length; i++) {
      SchemeRequirement r = alternative.get(i);
      required.addAll(r.scopes());
      for (String scope : r.scopes()) {
        if (!verified[indexes[i]].scopes().contains(scope)) {
          missing.add(scope);
          bearer |= scheme(r.scheme()).kind().isBearerFamily();
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    alternative.forEach(r -> names.add(r.scheme()));
    List<String> challenges =
        bearer
            ? bearerChallenge(
                names.toArray(new String[0]), "insufficient_scope", String.join(" ", required))
            : List.of();
    return new Decision.Deny(
        403, challenges, FORBIDDEN + "; missing scopes: " + String.join(" ", missing));
  }

  /** The Bearer challenge of the first bearer-type scheme among {@code names}, if any. */
  private List<String> bearerChallenge(String[] names, String error, String scope) {
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
  private List<String> challenges(String[] names, String bearerError, String description) {
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
  private static Verification verify(Verifier<? extends Credential> registered, Credential credential)
      throws Exception {
    // The builder checked that each verifier was registered for its scheme's kind, and the kind
    // fixes the extractor's credential type, so this cast cannot fail.
    Verifier<Credential> verifier = (Verifier<Credential>) registered;
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
