package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.AuthenticationThrottledException;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.DigestAlgorithm;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decision algorithm of security rules 1.1.1 as docs/enforcement.md states it: extract every
 * scheme the operation names, refuse ambiguity with 400, fail closed with 401 on any presented but
 * invalid credential (a credential several schemes read from one place is invalid only when all of
 * them reject it), let in the first satisfied requirement object (or an anonymous caller of an
 * optional operation), refuse a verified caller lacking scopes with 403 naming every short object,
 * and everyone else with 401. 401 challenges follow the order in which the document lists the
 * schemes.
 */
public final class Decider {
  static final String NOT_AUTHENTICATED = "Not authenticated";
  static final String INVALID = "Invalid authentication credentials";
  static final String AMBIGUOUS = "Ambiguous credentials";
  static final String UNAVAILABLE = "Authentication is temporarily unavailable";
  static final String THROTTLED = "Too many failed authentication attempts";
  static final String FORBIDDEN = "Not enough permissions";
  static final String STEP_UP = "Insufficient user authentication";

  /** The default allowance for clock skew in step-up {@code auth_time} checks, as for JWTs. */
  public static final Duration DEFAULT_STEP_UP_SKEW = Duration.ofSeconds(60);

  private final Map<String, SchemeDefinition> schemes;
  private final Map<String, Verifier<? extends Credential>> verifiers;
  private final String realm;
  private final DigestNonces digestNonces;
  private final Map<String, SenderCheck> senders;

  /** The quoted URL of the protected-resource metadata for Bearer challenges, or null. */
  private final String resourceMetadata;

  /** The clock step-up ages ({@code auth_time}, RFC 9470) are measured with. */
  private final Clock clock;

  private final long stepUpSkewMillis;

  /**
   * @param verifiers every scheme's verifier; Digest schemes' are {@link DigestVerifier}s bound to
   *     {@code digestNonces} and their realm
   * @param digestNonces issues the nonces of Digest challenges
   */
  public Decider(
      Map<String, SchemeDefinition> schemes,
      Map<String, Verifier<? extends Credential>> verifiers,
      String realm,
      DigestNonces digestNonces) {
    this(schemes, verifiers, realm, digestNonces, null);
  }

  /**
   * @param resourceMetadataUrl where the API's RFC 9728 protected-resource metadata is served;
   *     every Bearer challenge names it as {@code resource_metadata} (RFC 9728 section 5.1); null
   *     for none
   */
  public Decider(
      Map<String, SchemeDefinition> schemes,
      Map<String, Verifier<? extends Credential>> verifiers,
      String realm,
      DigestNonces digestNonces,
      String resourceMetadataUrl) {
    this(schemes, verifiers, realm, digestNonces, resourceMetadataUrl, Map.of());
  }

  /**
   * @param senders the sender-constrained schemes' checks (RFC 9449, RFC 8705), by scheme name
   */
  public Decider(
      Map<String, SchemeDefinition> schemes,
      Map<String, Verifier<? extends Credential>> verifiers,
      String realm,
      DigestNonces digestNonces,
      String resourceMetadataUrl,
      Map<String, SenderCheck> senders) {
    this(
        schemes,
        verifiers,
        realm,
        digestNonces,
        resourceMetadataUrl,
        senders,
        Clock.systemUTC(),
        DEFAULT_STEP_UP_SKEW);
  }

  /**
   * @param clock measures the age of the user authentication of step-up operations
   * @param stepUpSkew how far a token's {@code auth_time} may lie in the future, and beyond an
   *     operation's {@code max_age} in the past, before it is refused (clock skew between the
   *     authorization server and this server)
   */
  public Decider(
      Map<String, SchemeDefinition> schemes,
      Map<String, Verifier<? extends Credential>> verifiers,
      String realm,
      DigestNonces digestNonces,
      String resourceMetadataUrl,
      Map<String, SenderCheck> senders,
      Clock clock,
      Duration stepUpSkew) {
    if (stepUpSkew.isNegative()) {
      throw new IllegalArgumentException("the step-up clock skew must not be negative");
    }
    this.clock = clock;
    this.stepUpSkewMillis = stepUpSkew.toMillis();
    this.schemes = Map.copyOf(schemes);
    this.verifiers = Map.copyOf(verifiers);
    this.realm = realm;
    this.digestNonces = digestNonces;
    this.senders = Map.copyOf(senders);
    this.resourceMetadata =
        resourceMetadataUrl == null ? null : Challenges.quoted(resourceMetadataUrl);
  }

  /** The realm of challenges whose scheme declares none. */
  public String realm() {
    return realm;
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

  /**
   * What the decision derives once about {@code operation}: hold it and pass it to {@link
   * #decide(Prepared, RequestView)} to skip finding it again per request.
   */
  public Prepared prepare(OperationSecurity operation) {
    return plan(operation);
  }

  /** An operation as this decider prepared it ({@link #prepare}); opaque. */
  public sealed interface Prepared permits Plan {
    /** The operation it was prepared from. */
    OperationSecurity operation();

    /**
     * Whether deciding it may block: some scheme it names has a verifier that may, is Digest (its
     * user store), or has a sender check (a DPoP replay store).
     */
    boolean mayBlock();
  }

  public Decision decide(OperationSecurity operation, RequestView request) {
    // A null operation fails closed in decide(Prepared, ...), as any other failure does.
    return decide(operation == null ? null : plan(operation), request);
  }

  /** Decides a request for an operation this decider {@linkplain #prepare prepared}. */
  public Decision decide(Prepared prepared, RequestView request) {
    try {
      if (!(prepared instanceof Plan plan) || plan.owner != this) {
        throw new IllegalArgumentException("prepared by another decider");
      }
      return plan.single ? decideSingle(plan, request) : decideOrThrow(plan, request);
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
  private static final class Plan implements Prepared {
    final Decider owner;
    final OperationSecurity operation;
    final String[] names;

    /** Null where the scheme is undeclared: using it fails closed, as before, when reached. */
    final SchemeDefinition[] definitions;

    final Verifier<? extends Credential>[] verifiers;
    final List<List<SchemeRequirement>> alternatives;
    final int[][] alternativeIndexes;

    /** Each alternative's requirements' scopes as sets, built once rather than per request. */
    final Set<String>[][] requiredScopes;

    /**
     * Per alternative, the last answer it let in and the verifications it was built from: a
     * verifier that returns the same (immutable) {@link Verification} for the same caller, as
     * prebuilt results and the stores' cached keys do, gets the same immutable {@link
     * Decision.Allow} without building it again. Written racily; {@link AllowedBy}'s final fields
     * make that safe.
     */
    final AllowedBy[] allowed;

    /**
     * Whether the operation needs exactly one scheme, with no sender check, no step-up and no
     * Digest nonce state: then an accepted credential is decided without any per-request array
     * ({@link #decideSingle}); everything else takes the general path.
     */
    final boolean single;

    /**
     * The one scheme's extractor and verifier and the one requirement's scopes (null when it names
     * none), held directly for {@link #decideSingle}: a request then follows a field each instead
     * of two or three arrays and a record.
     */
    final CredentialExtractor<? extends Credential> singleExtractor;

    final Verifier<? extends Credential> singleVerifier;
    final Set<String> singleScopes;

    /** The one scheme's extractor when it reads an API key from a header ({@link #decideKey}). */
    final ApiKeyExtractors.HeaderKey singleHeaderKey;

    final boolean mayBlock;

    /** The detail of a 401 to a caller who sent nothing usable; computed when first needed. */
    private volatile String notAuthenticated;

    @SuppressWarnings("unchecked")
    Plan(Decider owner, OperationSecurity operation) {
      this.owner = owner;
      this.operation = operation;
      Map<String, SchemeDefinition> schemes = owner.schemes;
      Map<String, Verifier<? extends Credential>> verifiers = owner.verifiers;
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
      this.requiredScopes = new Set[alternatives.size()][];
      for (int a = 0; a < alternatives.size(); a++) {
        List<SchemeRequirement> alternative = alternatives.get(a);
        requiredScopes[a] = new Set[alternative.size()];
        for (int r = 0; r < alternative.size(); r++) {
          requiredScopes[a][r] = Set.copyOf(alternative.get(r).scopes());
        }
      }
      this.allowed = new AllowedBy[alternatives.size()];
      this.single =
          names.length == 1
              && alternatives.size() == 1
              && alternatives.get(0).size() == 1
              && definitions[0] != null
              && this.verifiers[0] != null
              && !(this.verifiers[0] instanceof DigestVerifier)
              && !owner.senders.containsKey(names[0])
              && operation.stepUp() == null;
      this.singleExtractor = single ? definitions[0].extractor() : null;
      this.singleVerifier = single ? this.verifiers[0] : null;
      this.singleScopes = single && !requiredScopes[0][0].isEmpty() ? requiredScopes[0][0] : null;
      this.singleHeaderKey =
          singleExtractor instanceof ApiKeyExtractors.HeaderKey header ? header : null;
      boolean blocks = false;
      for (int i = 0; i < names.length; i++) {
        Verifier<? extends Credential> verifier = this.verifiers[i];
        // An undeclared scheme or one without verifier fails closed at once: nothing to wait for.
        blocks |=
            verifier != null
                && (verifier.mayBlock()
                    || verifier instanceof DigestVerifier
                    || owner.senders.containsKey(names[i]));
      }
      this.mayBlock = blocks;
    }

    @Override
    public OperationSecurity operation() {
      return operation;
    }

    @Override
    public boolean mayBlock() {
      return mayBlock;
    }

    String notAuthenticated() {
      String text = notAuthenticated;
      if (text == null) {
        List<List<SchemeDefinition>> expected = new java.util.ArrayList<>();
        for (int[] indexes : alternativeIndexes) {
          List<SchemeDefinition> members = new java.util.ArrayList<>(indexes.length);
          for (int index : indexes) {
            members.add(definition(index));
          }
          expected.add(members);
        }
        text = NOT_AUTHENTICATED + "; " + RefusalText.expected(expected);
        notAuthenticated = text;
      }
      return text;
    }

    SchemeDefinition definition(int i) {
      SchemeDefinition s = definitions[i];
      if (s == null) {
        throw new IllegalStateException("undeclared scheme");
      }
      return s;
    }
  }

  /** An alternative's last answer, and the verifications (by identity) it was built from. */
  private static final class AllowedBy {
    final Verification[] verifications;
    final Decision.Allow allow;

    AllowedBy(Verification[] verifications, Decision.Allow allow) {
      this.verifications = verifications;
      this.allow = allow;
    }

    boolean builtFrom(int[] indexes, Verification[] verified) {
      for (int r = 0; r < indexes.length; r++) {
        if (verifications[r] != verified[indexes[r]]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Plans by operation identity; copy-on-write, since operations are few and fixed. */
  private volatile Map<OperationSecurity, Plan> plans = new IdentityHashMap<>();

  private Plan plan(OperationSecurity operation) {
    Plan plan = plans.get(operation);
    if (plan != null) {
      return plan;
    }
    plan = new Plan(this, operation);
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

  private Decision decideOrThrow(Plan plan, RequestView request) {
    if (plan.operation.isOpen()) {
      return ANONYMOUS;
    }
    int n = plan.names.length;
    Extraction<?>[] extracted = new Extraction<?>[n];
    for (int i = 0; i < n; i++) {
      extracted[i] = plan.definition(i).extractor().extract(request);
    }
    return decideExtracted(plan, request, extracted, null);
  }

  /**
   * An operation needing one scheme: a credential that is present, accepted, not DPoP-bound and
   * holds the required scopes lets the caller in with nothing allocated here when the verifier
   * repeats its {@link Verification}; any other outcome continues on the general path with the
   * extraction and verification already made (never verifying twice).
   */
  private Decision decideSingle(Plan plan, RequestView request) {
    ApiKeyExtractors.HeaderKey header = plan.singleHeaderKey;
    if (header != null) {
      String key = header.plainKey(request);
      if (key != null) {
        return decideKey(plan, request, key);
      }
    }
    Extraction<?> extraction = plan.singleExtractor.extract(request);
    if (!(extraction instanceof Extraction.Present<?> present)) {
      return decideExtracted(plan, request, new Extraction<?>[] {extraction}, null);
    }
    Verification v;
    try {
      v = verify(plan.singleVerifier, present.credential());
    } catch (VirtualMachineError failure) {
      throw failure;
    } catch (Exception | Error failure) {
      return verifierFailure(plan, 0, failure);
    }
    if (v == null) {
      v = Verification.rejected();
    }
    Decision allow = allowSingle(plan, v);
    return allow != null
        ? allow
        : decideExtracted(plan, request, new Extraction<?>[] {extraction}, v);
  }

  /**
   * {@link #decideSingle} for a plain key in a header, which is what its extractor would have
   * found. The {@link ApiKey} is built here and handed to the verifier alone, from a call site of
   * its own: no other object holds it, so the JIT can keep it off the heap (with JDK 17's single
   * pass of escape analysis too). The general path gets a key of its own.
   */
  @SuppressWarnings("unchecked")
  private Decision decideKey(Plan plan, RequestView request, String key) {
    Verification v;
    try {
      v = ((Verifier<ApiKey>) plan.singleVerifier).verify(new ApiKey(key));
    } catch (VirtualMachineError failure) {
      throw failure;
    } catch (Exception | Error failure) {
      return verifierFailure(plan, 0, failure);
    }
    if (v == null) {
      v = Verification.rejected();
    }
    Decision allow = allowSingle(plan, v);
    return allow != null
        ? allow
        : decideExtracted(
            plan, request, new Extraction<?>[] {Extraction.present(new ApiKey(key))}, v);
  }

  /**
   * The answer to a single-scheme operation whose verifier answered {@code v}, when that lets the
   * caller in (granted, not DPoP-bound, every required scope); otherwise null. The last answer is
   * reused when the verifier repeated its {@link Verification}.
   */
  private static Decision allowSingle(Plan plan, Verification v) {
    Set<String> scopes = plan.singleScopes;
    if (v.isGranted()
        && v.confirmation().jkt() == null
        && (scopes == null || v.scopes().containsAll(scopes))) {
      AllowedBy last = plan.allowed[0];
      if (last != null && last.verifications[0] == v) {
        return last.allow;
      }
      return allow(plan, 0, new Verification[] {v});
    }
    return null;
  }

  /** 503 or 429 for a verifier that could not decide (its own exception says which). */
  private static Decision verifierFailure(Plan plan, int i, Throwable failure) {
    if (failure instanceof VerifierUnavailableException unavailable) {
      return new Decision.Deny(
          503,
          List.of(),
          UNAVAILABLE + "; " + RefusalText.unavailable(plan.definition(i)),
          unavailable.retryAfter());
    }
    if (failure instanceof AuthenticationThrottledException throttled) {
      return new Decision.Deny(
          429,
          List.of(),
          THROTTLED + "; " + RefusalText.throttled(plan.definition(i), throttled.retryAfter()),
          throttled.retryAfter());
    }
    return new Decision.Deny(
        503, List.of(), UNAVAILABLE + "; " + RefusalText.unavailable(plan.definition(i)));
  }

  /**
   * Lets the caller in through alternative {@code a}, its requirements verified by {@code verified}
   * (indexed by scheme), and remembers the answer for a verifier that repeats itself.
   */
  private static Decision.Allow allow(Plan plan, int a, Verification[] verified) {
    int[] indexes = plan.alternativeIndexes[a];
    Verification[] from = new Verification[indexes.length];
    for (int r = 0; r < indexes.length; r++) {
      from[r] = verified[indexes[r]];
    }
    Decision.Allow allow = new Decision.Allow(callers(plan, a, verified));
    plan.allowed[a] = new AllowedBy(from, allow);
    return allow;
  }

  /** Who alternative {@code a} lets in: one {@link Authentication} per requirement. */
  private static List<Authentication> callers(Plan plan, int a, Verification[] verified) {
    int[] indexes = plan.alternativeIndexes[a];
    List<SchemeRequirement> alternative = plan.alternatives.get(a);
    Authentication[] who = new Authentication[indexes.length];
    for (int r = 0; r < indexes.length; r++) {
      Verification v = verified[indexes[r]];
      who[r] =
          new Authentication(
              v.principal(),
              alternative.get(r).scheme(),
              v.scopes(),
              plan.requiredScopes[a][r],
              v.principalObject());
    }
    return List.of(who);
  }

  /**
   * The general path, from the extractions on; {@code first}, when not null, is what the verifier
   * of scheme 0 already answered (the single-scheme path's fallback).
   */
  private Decision decideExtracted(
      Plan plan, RequestView request, Extraction<?>[] extracted, Verification first) {
    OperationSecurity operation = plan.operation;
    int n = plan.names.length;
    for (int i = 0; i < n; i++) {
      if (extracted[i] instanceof Extraction.Ambiguous<?> ambiguous) {
        return new Decision.Deny(
            400,
            bearerChallenge(plan.names, "invalid_request", null),
            AMBIGUOUS + "; " + RefusalText.ambiguous(plan.definition(i), ambiguous.reason()));
      }
    }
    // Cheap syntax first (security rules 1.1.1 step 3): a malformed credential decides the
    // request before any verifier runs. Schemes reading one place read one credential (issue 14):
    // it is malformed only when no scheme reading that place found a well-formed one there.
    // (Operations name a handful of schemes: the look-ups below are loops, not hash sets.)
    String[] places = new String[n];
    for (int i = 0; i < n; i++) {
      places[i] = placeOf(plan.definition(i), extracted[i]);
    }
    boolean malformedBearer = false;
    String malformed = null;
    for (int i = 0; i < n; i++) {
      if (extracted[i] instanceof Extraction.Malformed<?> bad
          && !presentAt(places[i], places, extracted)) {
        if (malformed == null) {
          malformed = RefusalText.malformed(plan.definition(i), bad.reason());
        }
        malformedBearer |= plan.definition(i).kind().isBearerFamily();
      }
    }
    if (malformed != null) {
      return new Decision.Deny(
          401,
          challenges(plan.names, malformedBearer ? "invalid_token" : null, null, false),
          INVALID + "; " + malformed);
    }
    Verification[] verified = new Verification[n];
    Verification[] rejected = null;
    int verifiedCount = 0;
    boolean stale = false;
    String dpopNonce = null;
    for (int i = 0; i < n; i++) {
      if (extracted[i] instanceof Extraction.Present<?> present) {
        Verification v;
        try {
          if (i == 0 && first != null) {
            v = first;
          } else if (plan.verifiers[i] instanceof DigestVerifier digest
              && present.credential() instanceof DigestCredentials credentials) {
            DigestVerifier.Result result = digest.check(credentials);
            v = result.verification();
            stale |= result.stale();
          } else {
            v = verify(plan.verifiers[i], present.credential());
          }
        } catch (VirtualMachineError failure) {
          throw failure;
        } catch (Exception | Error failure) {
          return verifierFailure(plan, i, failure);
        }
        SenderCheck sender = senders.isEmpty() ? null : senders.get(plan.names[i]);
        if (v != null && v.isGranted() && sender == null && v.confirmation().jkt() != null) {
          // RFC 9449 section 7.2: a DPoP-bound token used as a bearer token is refused, also by
          // a scheme that takes no DPoP tokens.
          return senderRefusal(
              plan.names,
              plan.names[i],
              new SenderCheck.Failure(
                  "invalid_token", "A DPoP-bound access token cannot be used here", false));
        }
        if (v != null && v.isGranted() && sender != null) {
          SenderCheck.Outcome outcome =
              sender.check(request, (BearerToken) present.credential(), v);
          if (outcome.failure() != null) {
            return senderRefusal(plan.names, plan.names[i], outcome.failure());
          }
          if (outcome.nonce() != null) {
            dpopNonce = outcome.nonce();
          }
        }
        if (v != null && v.isGranted()) {
          verified[i] = v;
          verifiedCount++;
        } else {
          if (rejected == null) {
            rejected = new Verification[n];
          }
          rejected[i] = v != null ? v : Verification.rejected();
        }
      }
    }
    // One credential is invalid only when every scheme that read it rejected it; a rejection by
    // one scheme is outweighed by another scheme accepting the same credential. Credentials in
    // different places still fail closed: any invalid one refuses the request.
    String invalid = null;
    boolean invalidBearer = false;
    String bearerReason = null;
    for (int i = 0; rejected != null && i < n; i++) {
      if (rejected[i] != null && !acceptedAt(places[i], places, verified)) {
        if (invalid == null) {
          invalid = RefusalText.rejected(plan.definition(i), rejected[i].reason().orElse(null));
        }
        if (plan.definition(i).kind().isBearerFamily()) {
          invalidBearer = true;
          if (bearerReason == null) {
            bearerReason = rejected[i].reason().orElse(null);
          }
        }
      }
    }
    if (invalid != null) {
      return new Decision.Deny(
          401,
          challenges(
              plan.names,
              invalidBearer ? "invalid_token" : null,
              invalidBearer ? bearerReason : null,
              stale),
          INVALID + "; " + invalid);
    }
    StepUpShortfall shortfall = null;
    for (int a = 0; a < plan.alternativeIndexes.length; a++) {
      List<SchemeRequirement> alternative = plan.alternatives.get(a);
      int[] indexes = plan.alternativeIndexes[a];
      if (satisfied(plan.requiredScopes[a], indexes, verified)) {
        // Step-up first: it depends on this request's time, so it runs before any reuse below.
        if (operation.stepUp() != null) {
          StepUpShortfall missing = stepUpShortfall(operation.stepUp(), plan, indexes, verified);
          if (missing != null) {
            shortfall = shortfall == null ? missing : shortfall;
            continue;
          }
        }
        if (dpopNonce != null) {
          // RFC 9449 section 8.2: a fresh nonce on the answer when the client's is about to
          // expire. Such an answer is this request's own, never reused.
          return new Decision.Allow(
              callers(plan, a, verified),
              List.of(new dev.gatehouse.runtime.spi.Refusal.Header("DPoP-Nonce", dpopNonce)));
        }
        AllowedBy last = plan.allowed[a];
        if (last != null && last.builtFrom(indexes, verified)) {
          return last.allow;
        }
        return allow(plan, a, verified);
      }
    }
    if (shortfall != null) {
      return stepUpRefusal(plan.names, operation.stepUp(), shortfall);
    }
    // Only a caller who presented nothing valid is anonymous: a verified credential lacking scopes
    // is refused with 403 even where {} is allowed (docs/enforcement.md, "Optional security").
    if (operation.optional() && verifiedCount == 0) {
      return ANONYMOUS;
    }
    if (verifiedCount > 0) {
      Decision forbidden = insufficientScope(plan, verified);
      if (forbidden != null) {
        return forbidden;
      }
    }
    return new Decision.Deny(
        401, challenges(plan.names, null, null, false), plan.notAuthenticated());
  }

  /** Why a token does not meet a step-up requirement. */
  private enum StepUpReason {
    /** The alternative has no token at all (a hand-made table; the processor refuses this). */
    NO_TOKEN(
        null,
        "the operation requires step-up authentication (RFC 9470), which only an access"
            + " token can show"),
    MISSING_ACR(
        "A different authentication level is required",
        "carries no authentication context class (acr) string"),
    WRONG_ACR(
        "A different authentication level is required",
        "was issued for an authentication context class (acr) the operation does not accept"),
    MISSING_AUTH_TIME(
        "More recent authentication is required",
        "does not say when the user authenticated (no auth_time)"),
    FUTURE_AUTH_TIME(
        "The authentication time is in the future",
        "says the user authenticated in the future (auth_time beyond the allowed clock skew)"),
    STALE(
        "More recent authentication is required",
        "comes from a user authentication older than the operation's max_age");

    final String description;
    final String detail;

    StepUpReason(String description, String detail) {
      this.description = description;
      this.detail = detail;
    }
  }

  /** A step-up shortfall: which scheme's token (index into the plan, -1 for none) and why. */
  private record StepUpShortfall(int scheme, StepUpReason reason, boolean dpop) {}

  /**
   * Why the verified tokens of one satisfied requirement object fall short of {@code requirement},
   * or null when they meet it. Every token (bearer-family) member must meet it; an object without
   * one never does: only a token says how the user authenticated, so a principal from any other
   * verifier is never let into a step-up operation. A verifier that reports no {@code acr}/{@code
   * auth_time} (see {@link Verification#withAuthenticationContext}) falls short the same way, with
   * 401 {@code insufficient_user_authentication}.
   */
  private StepUpShortfall stepUpShortfall(
      StepUpRequirement requirement, Plan plan, int[] indexes, Verification[] verified) {
    boolean token = false;
    for (int index : indexes) {
      if (!plan.definition(index).kind().isBearerFamily()) {
        continue;
      }
      token = true;
      Verification v = verified[index];
      boolean dpop = v.confirmation().jkt() != null;
      StepUpReason reason = stepUpReason(requirement, v);
      if (reason != null) {
        return new StepUpShortfall(index, reason, dpop);
      }
    }
    return token ? null : new StepUpShortfall(-1, StepUpReason.NO_TOKEN, false);
  }

  private StepUpReason stepUpReason(StepUpRequirement requirement, Verification v) {
    if (!requirement.acrValues().isEmpty()) {
      String acr = v.acr().orElse(null);
      if (acr == null) {
        return StepUpReason.MISSING_ACR;
      }
      if (!requirement.acrValues().contains(acr)) {
        return StepUpReason.WRONG_ACR;
      }
    }
    if (requirement.hasMaxAge()) {
      Instant authTime = v.authTime().orElse(null);
      if (authTime == null) {
        return StepUpReason.MISSING_AUTH_TIME;
      }
      long now = clock.millis();
      long at = authTime.toEpochMilli();
      if (at > now + stepUpSkewMillis) {
        return StepUpReason.FUTURE_AUTH_TIME;
      }
      // Compared as "now - auth_time > max_age + skew" without overflow: auth_time is bounded
      // by the verifier (a NumericDate before year 10000) and max_age by an int.
      if (now - at > requirement.maxAge() * 1000L + stepUpSkewMillis) {
        return StepUpReason.STALE;
      }
    }
    return null;
  }

  /**
   * 401 {@code insufficient_user_authentication} (RFC 9470 section 3): the failing scheme's
   * challenge (a DPoP one for a DPoP-bound token) carries the error and the required {@code
   * acr_values}/{@code max_age}, the other schemes' challenges none.
   */
  private Decision stepUpRefusal(
      String[] names, StepUpRequirement requirement, StepUpShortfall shortfall) {
    List<String> challenges = new java.util.ArrayList<>(challenges(names, null, null, false));
    String detail;
    if (shortfall.scheme() < 0) {
      detail = shortfall.reason().detail;
    } else {
      String name = names[shortfall.scheme()];
      SchemeDefinition s = scheme(name);
      SenderCheck sender = senders.isEmpty() ? null : senders.get(name);
      String algs = shortfall.dpop() && sender != null ? sender.algorithms() : null;
      String withError =
          Challenges.stepUp(realmOf(s), shortfall.reason().description, requirement, algs);
      if (resourceMetadata != null) {
        // RFC 9728 section 5.1, on Bearer and DPoP challenges alike.
        withError = withError + ", resource_metadata=" + resourceMetadata;
      }
      String plain =
          algs != null ? dpop(realmOf(s), null, null, algs) : bearer(realmOf(s), null, null, null);
      int at = challenges.indexOf(plain);
      if (at >= 0) {
        challenges.set(at, withError);
      } else {
        challenges.add(0, withError);
      }
      detail = "the Bearer token (scheme " + name + ") " + shortfall.reason().detail;
    }
    return new Decision.Deny(
        401,
        List.copyOf(new LinkedHashSet<>(challenges)),
        STEP_UP
            + "; "
            + detail
            + "; authenticate again for "
            + requirement.describe()
            + " (RFC 9470)");
  }

  /**
   * 401 for a verified token whose sender constraint failed: the failing scheme's challenge carries
   * the error (a DPoP one for proof errors), the other schemes' challenges none.
   */
  private Decision senderRefusal(String[] names, String failing, SenderCheck.Failure failure) {
    List<String> challenges = new java.util.ArrayList<>();
    for (String c : challenges(names, null, null, false)) {
      challenges.add(c);
    }
    SchemeDefinition s = scheme(failing);
    SenderCheck sender = senders.get(failing);
    boolean dpop = failure.dpop() && sender != null && sender.algorithms() != null;
    String withError =
        dpop
            ? dpop(realmOf(s), failure.error(), failure.description(), sender.algorithms())
            : bearer(realmOf(s), failure.error(), failure.description(), null);
    String plain =
        dpop
            ? dpop(realmOf(s), null, null, sender.algorithms())
            : bearer(realmOf(s), null, null, null);
    int at = challenges.indexOf(plain);
    if (at >= 0) {
      challenges.set(at, withError);
    } else {
      challenges.add(withError);
    }
    Decision.Deny deny =
        new Decision.Deny(
            401,
            List.copyOf(new LinkedHashSet<>(challenges)),
            INVALID + "; " + failure.description());
    // RFC 9449 section 9: the nonce the client must put in its next proof.
    return failure.nonce() == null ? deny : deny.withHeader("DPoP-Nonce", failure.nonce());
  }

  /**
   * Where the credential {@code extraction} found was read: the scheme's place, refined by the
   * transport of a bearer token that did not come in the {@code Authorization} field.
   */
  private static String placeOf(SchemeDefinition scheme, Extraction<?> extraction) {
    if (extraction instanceof Extraction.Present<?> present
        && present.credential() instanceof BearerToken token
        && token.transport() != BearerToken.Transport.HEADER) {
      return scheme.place() + ":" + token.transport();
    }
    return scheme.place();
  }

  private static boolean satisfied(
      Set<String>[] requiredScopes, int[] indexes, Verification[] verified) {
    for (int r = 0; r < indexes.length; r++) {
      Verification v = verified[indexes[r]];
      if (v == null || !holds(v, requiredScopes[r])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code v} grants every scope of {@code required} (no iterator when there is none). */
  private static boolean holds(Verification v, Set<String> required) {
    return required.isEmpty() || v.scopes().containsAll(required);
  }

  /** Whether a scheme reading {@code place} found a well-formed credential there. */
  private static boolean presentAt(String place, String[] places, Extraction<?>[] extracted) {
    for (int j = 0; j < places.length; j++) {
      if (extracted[j] instanceof Extraction.Present<?> && places[j].equals(place)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a scheme reading {@code place} accepted the credential there. */
  private static boolean acceptedAt(String place, String[] places, Verification[] verified) {
    for (int j = 0; j < places.length; j++) {
      if (verified[j] != null && places[j].equals(place)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allVerified(int[] indexes, Verification[] verified) {
    for (int index : indexes) {
      if (verified[index] == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * 403 for every requirement object whose schemes all verified but lack scopes (issue 14), or null
   * when there is none. Each such object contributes one challenge naming every scope it requires
   * (RFC 6750 section 3.1): a Bearer one when a bearer-type member lacks scopes, else the challenge
   * of its first member lacking scopes with the same {@code error} and {@code scope} parameters.
   * The challenges are sorted and the missing scopes listed in alphabetical order, so the answer
   * does not depend on the order in which the alternatives are declared.
   */
  private Decision insufficientScope(Plan plan, Verification[] verified) {
    Set<String> missing = new TreeSet<>();
    Set<String> challenges = new TreeSet<>();
    for (int a = 0; a < plan.alternativeIndexes.length; a++) {
      int[] indexes = plan.alternativeIndexes[a];
      if (!allVerified(indexes, verified)) {
        continue;
      }
      List<SchemeRequirement> alternative = plan.alternatives.get(a);
      Set<String> required = new LinkedHashSet<>();
      SchemeDefinition reporter = null;
      for (int r = 0; r < indexes.length; r++) {
        SchemeRequirement requirement = alternative.get(r);
        required.addAll(requirement.scopes());
        boolean lacking = false;
        for (String scope : requirement.scopes()) {
          if (!verified[indexes[r]].scopes().contains(scope)) {
            missing.add(scope);
            lacking = true;
          }
        }
        SchemeDefinition scheme = plan.definition(indexes[r]);
        if (lacking
            && (reporter == null
                || (scheme.kind().isBearerFamily() && !reporter.kind().isBearerFamily()))) {
          reporter = scheme;
        }
      }
      if (reporter != null) {
        challenges.add(insufficientScopeChallenge(reporter, String.join(" ", required)));
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    return new Decision.Deny(
        403, List.copyOf(challenges), FORBIDDEN + "; missing scopes: " + String.join(" ", missing));
  }

  private String insufficientScopeChallenge(SchemeDefinition s, String scopes) {
    String ownRealm = realmOf(s);
    // Roles of non-OAuth schemes are free text; a role that is not a scope-token is left out of
    // the challenge rather than sent in a form clients cannot parse.
    String scope = Challenges.isScope(scopes) ? scopes : null;
    return switch (s.kind()) {
      case BEARER, OAUTH2, OPEN_ID_CONNECT -> {
        SenderCheck sender = senders.isEmpty() ? null : senders.get(s.name());
        // A DPoP-only scheme's clients speak DPoP (RFC 9449 section 7.1), also when refused 403.
        yield sender != null && sender.algorithms() != null && !sender.constraint().allowsMtls()
            ? withMetadata(
                Challenges.dpop(ownRealm, "insufficient_scope", null, scope, sender.algorithms()))
            : bearer(ownRealm, "insufficient_scope", null, scope);
      }
      case API_KEY -> Challenges.withError("APIKey", ownRealm, "insufficient_scope", scope);
      case BASIC -> Challenges.withError("Basic", ownRealm, "insufficient_scope", scope);
      case DIGEST -> Challenges.withError("Digest", ownRealm, "insufficient_scope", scope);
      case HTTP -> Challenges.withError(s.challengeScheme(), ownRealm, "insufficient_scope", scope);
    };
  }

  /** The Bearer challenge of the first bearer-type scheme among {@code names}, if any. */
  private List<String> bearerChallenge(String[] names, String error, String scope) {
    for (String name : names) {
      SchemeDefinition s = scheme(name);
      SenderCheck sender = senders.isEmpty() ? null : senders.get(name);
      if (s.kind().isBearerFamily() && sender != null && !sender.constraint().allowsMtls()) {
        // A DPoP-only scheme's clients speak DPoP (RFC 9449 section 7.1).
        return List.of(dpop(realmOf(s), error, null, sender.algorithms()));
      }
      if (s.kind().isBearerFamily()) {
        return List.of(bearer(realmOf(s), error, null, scope));
      }
    }
    return List.of();
  }

  /** A Bearer challenge (RFC 6750 section 3), naming the resource metadata when there is one. */
  private String bearer(String realm, String error, String description, String scope) {
    String challenge = Challenges.bearer(realm, error, description, scope);
    return resourceMetadata == null
        ? challenge
        : challenge + ", resource_metadata=" + resourceMetadata;
  }

  /**
   * A DPoP challenge (RFC 9449 section 7.1), naming the resource metadata when there is one, as
   * Bearer challenges do.
   */
  private String dpop(String realm, String error, String description, String algs) {
    return withMetadata(Challenges.dpop(realm, error, description, algs));
  }

  /** {@code challenge} naming the resource metadata when there is one (RFC 9728 section 5.1). */
  private String withMetadata(String challenge) {
    return resourceMetadata == null
        ? challenge
        : challenge + ", resource_metadata=" + resourceMetadata;
  }

  private String realmOf(SchemeDefinition s) {
    return s.realm().isEmpty() ? realm : s.realm();
  }

  /**
   * One challenge per scheme, in document order, identical ones once; a Digest scheme has one per
   * algorithm, SHA-256 first, sharing a fresh nonce ({@code stale=true} after a correct response
   * over an expired nonce).
   */
  private List<String> challenges(
      String[] names, String bearerError, String description, boolean stale) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      SchemeDefinition s = scheme(name);
      String ownRealm = realmOf(s);
      switch (s.kind()) {
        case API_KEY -> out.add(Challenges.apiKey(ownRealm));
        case BASIC -> out.add(Challenges.basic(ownRealm));
        case BEARER, OAUTH2, OPEN_ID_CONNECT -> {
          SenderCheck sender = senders.isEmpty() ? null : senders.get(name);
          // RFC 9449 section 7.1: a DPoP-only scheme challenges with DPoP; accepting mTLS-bound
          // tokens too, it also sends Bearer (certificate-bound tokens use the Bearer scheme).
          if (sender == null || sender.constraint().allowsMtls()) {
            out.add(bearer(ownRealm, bearerError, description, null));
          }
          if (sender != null && sender.algorithms() != null) {
            out.add(dpop(ownRealm, bearerError, description, sender.algorithms()));
          }
        }
        case DIGEST -> {
          String nonce = digestNonces.issue(ownRealm);
          String opaque = digestNonces.opaque(ownRealm);
          boolean userhash =
              verifiers.get(name) instanceof DigestVerifier d && d.supportsUserhash();
          for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            out.add(Challenges.digest(ownRealm, algorithm.token(), nonce, opaque, userhash, stale));
          }
        }
        case HTTP -> out.add(Challenges.scheme(s.challengeScheme(), ownRealm));
      }
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static Verification verify(
      Verifier<? extends Credential> registered, Credential credential) throws Exception {
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
