package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Decider;
import dev.gatehouse.runtime.internal.DigestNonces;
import dev.gatehouse.runtime.internal.DigestVerifier;
import dev.gatehouse.runtime.internal.DpopAwareExtractor;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SenderCheck;
import dev.gatehouse.runtime.spi.Operation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The security of an application: the schemes and endpoints the processor generated, a verifier for
 * every scheme, and the decision for each request.
 *
 * <pre>{@code
 * Gatehouse gatehouse = Gatehouse.builder()
 *     .apiKey("APIKeyHeader", HashedApiKeys.sha256().add(digest, "ci-bot", Set.of()).build())
 *     .basic("HTTPBasic", passwordUsers)
 *     .bearer("OAuth2PasswordBearer", tokenVerifier)
 *     .build();   // fails here, naming the scheme, if a declared scheme has no verifier
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Gatehouse {
  private final List<Operation> operations;
  private final Decider decider;
  private final ProtectedResourceMetadata resourceMetadata;
  private final RefusalRenderer renderer;
  private final Map<Decision.Reason, String> details;
  private final List<DecisionListener> listeners;

  /** Whether there are {@link #listeners}: a field read on every decision, not a list call. */
  private final boolean tellListeners;

  private final ClientAddressThrottle addressThrottle; // null: no per-address throttling
  private final java.util.function.Function<RequestView, java.util.Optional<String>> clientAddress;

  /**
   * Whether the application's code on every decision's path (a throttle, listeners, a refusal
   * renderer of its own) may block: Gatehouse cannot tell, so it assumes they may.
   */
  private final boolean hooksMayBlock;

  private Gatehouse(
      Map<String, List<OperationSecurity>> routes,
      Decider decider,
      ProtectedResourceMetadata resourceMetadata,
      RefusalRenderer renderer,
      Map<Decision.Reason, String> details,
      List<DecisionListener> listeners,
      ClientAddressThrottle addressThrottle,
      java.util.function.Function<RequestView, java.util.Optional<String>> clientAddress,
      boolean hooksMayBlock) {
    this.decider = decider;
    this.hooksMayBlock = hooksMayBlock;
    this.addressThrottle = addressThrottle;
    this.clientAddress = clientAddress;
    this.resourceMetadata = resourceMetadata;
    this.renderer = renderer;
    this.details = Map.copyOf(details);
    this.listeners = List.copyOf(listeners);
    this.tellListeners = !this.listeners.isEmpty();
    List<Operation> bound = new ArrayList<>();
    routes.forEach(
        (endpoint, ops) ->
            ops.forEach(
                op ->
                    bound.add(
                        new BoundOperation(
                            endpoint,
                            decider.prepare(op),
                            this,
                            op.httpMethod() + " " + op.path()))));
    this.operations = List.copyOf(bound);
  }

  /** A builder that finds the generated schemes and endpoints on the context class path. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every operation of every endpoint interface, one per route (a Spring method mapped to two paths
   * is two), ordered by endpoint interface and then as declared: what framework adapters find
   * requests' operations among, through {@link dev.gatehouse.runtime.spi.HandlerOperations} or
   * {@link dev.gatehouse.runtime.spi.RouteTable}, and ask to decide them.
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * The realm of every challenge whose scheme declares none ({@code @HttpBasic(realm)} is the only
   * declaration that can): {@link Builder#realm}, else the document's {@code info.title}. Give it
   * to {@code PasswordTokenEndpoint.builder().realm(...)} too if you build the endpoint yourself.
   */
  public String realm() {
    return decider.realm();
  }

  /**
   * The API's RFC 9728 protected-resource metadata, which every adapter serves at {@link
   * ProtectedResourceMetadata#path()} and {@code Bearer} challenges point at: the document the
   * processor wrote ({@code -Agatehouse.resource}), or the one given to {@link
   * Builder#protectedResourceMetadata}; empty when there is none.
   */
  public java.util.Optional<ProtectedResourceMetadata> protectedResourceMetadata() {
    return java.util.Optional.ofNullable(resourceMetadata);
  }

  /**
   * Decides one request for one operation, which need not be one of {@link #operations()}; never
   * throws. The bound operations call it, and so do this package's tests.
   */
  Decision decide(OperationSecurity operation, RequestView request) {
    if (operation == null) {
      return decider.decide((Decider.Prepared) null, request); // fails closed: 503
    }
    return decide(decider.prepare(operation), request);
  }

  /** Decides one request for an operation as the decider prepared it; never throws. */
  private Decision decide(Decider.Prepared prepared, RequestView request) {
    Decision decision =
        addressThrottle == null
            ? decider.decide(prepared, request)
            : throttledOrDecided(prepared, request);
    if (decision instanceof Decision.Deny deny && details.containsKey(deny.reason())) {
      decision = deny.withDetail(details.get(deny.reason()));
    }
    if (tellListeners) {
      tell(prepared.operation(), decision);
    }
    return decision;
  }

  /**
   * The decision, unless the client address is throttled: then 429 before any credential is
   * checked. A refused credential counts against its address.
   */
  private Decision throttledOrDecided(Decider.Prepared prepared, RequestView request) {
    OperationSecurity operation = prepared.operation();
    String address =
        addressThrottle == null || operation.isOpen()
            ? null
            : clientAddress.apply(request).orElse(null);
    if (address == null) {
      return decider.decide(prepared, request);
    }
    try {
      Duration wait = addressThrottle.waitFor(address);
      if (wait != null && !wait.isZero() && !wait.isNegative()) {
        long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
        return new Decision.Deny(
            429,
            List.of(),
            "Too many failed authentication attempts; this client address must wait before it"
                + " tries again; retry after "
                + seconds
                + " s",
            Duration.ofSeconds(seconds));
      }
      Decision decision = decider.decide(prepared, request);
      if (decision instanceof Decision.Deny deny
          && deny.reason() == Decision.Reason.INVALID_CREDENTIALS) {
        addressThrottle.failed(address);
      }
      return decision;
    } catch (VerifierUnavailableException e) {
      return new Decision.Deny(
          503,
          List.of(),
          "Authentication is temporarily unavailable; the client address throttle could not"
              + " decide; try again later",
          e.retryAfter());
    } catch (RuntimeException e) {
      return new Decision.Deny(
          503,
          List.of(),
          "Authentication is temporarily unavailable; the client address throttle could not"
              + " decide; try again later");
    }
  }

  /** The renderer of refusal bodies: the one the document describes, or the builder's. */
  public RefusalRenderer refusalRenderer() {
    return renderer;
  }

  private void tell(OperationSecurity operation, Decision decision) {
    DecisionListener.Event event =
        decision instanceof Decision.Deny deny
            ? new DecisionListener.Event(
                operation.httpMethod() + " " + operation.path(),
                deny.status(),
                java.util.Optional.of(deny.reason()),
                List.copyOf(operation.schemes()),
                java.util.Optional.empty())
            : new DecisionListener.Event(
                operation.httpMethod() + " " + operation.path(),
                200,
                java.util.Optional.empty(),
                ((Decision.Allow) decision).caller().schemes(),
                ((Decision.Allow) decision).caller().name());
    for (DecisionListener listener : listeners) {
      try {
        listener.decided(event);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (RuntimeException | Error e) {
        // A listener cannot change the outcome, nor fail the request.
      }
    }
  }

  /** An operation bound to the Gatehouse that decides it. */
  private record BoundOperation(
      String endpointInterface, Decider.Prepared prepared, Gatehouse owner, String key)
      implements Operation {
    OperationSecurity security() {
      return prepared.operation();
    }

    @Override
    public String signature() {
      return security().signature();
    }

    @Override
    public String httpMethod() {
      return security().httpMethod();
    }

    @Override
    public String path() {
      return security().path();
    }

    @Override
    public Decision decide(RequestView request) {
      return owner.decide(prepared, request);
    }

    @Override
    public dev.gatehouse.runtime.spi.Refusal refusal(Decision.Deny deny) {
      return dev.gatehouse.runtime.spi.Refusal.of(deny, owner.renderer);
    }

    @Override
    public boolean mayBlock() {
      return owner.hooksMayBlock || prepared.mayBlock();
    }

    @Override
    public String toString() {
      return "Operation[" + key() + " " + endpointInterface + "." + signature() + "]";
    }
  }

  /** Start-up's answer when the processor never ran: the most common first-day mistake. */
  static final String NO_GENERATED_CODE =
      "Gatehouse is not configured correctly: no Gatehouse-generated code was found on the class"
          + " path (no META-INF/services/dev.gatehouse.runtime.internal.GeneratedScheme or"
          + " GeneratedEndpoint), so the gatehouse-processor did not run when this application was"
          + " compiled. Put dev.gatehouse:gatehouse-processor on the annotation processor path"
          + " (Maven: maven-compiler-plugin 3.5 or newer, <annotationProcessorPaths>; Gradle:"
          + " annotationProcessor(\"dev.gatehouse:gatehouse-processor:<version>\")), annotate at"
          + " least one endpoint interface or scheme, and rebuild. If the classes were generated,"
          + " check that they are visible to the thread context class loader that called build().";

  /** Configures and checks a {@link Gatehouse}. */
  public static final class Builder {
    private final Map<String, Registration> verifiers = new HashMap<>();
    private final List<GeneratedScheme> schemes = new ArrayList<>();
    private final List<GeneratedEndpoint> endpoints = new ArrayList<>();
    private final Map<String, boolean[]> bearerTransports = new HashMap<>();
    private final Map<String, DpopProofChecker> dpopCheckers = new HashMap<>();
    private final Map<String, ClientCertificates> clientCertificates = new HashMap<>();
    private boolean discover = true;
    private String realm;
    private byte[] digestSecret;
    private Duration digestLifetime = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private Duration stepUpSkew = Decider.DEFAULT_STEP_UP_SKEW;
    private ProtectedResourceMetadata resourceMetadata;
    private boolean resourceMetadataGiven;
    private boolean resourceMetadataInChallenges = true;
    private boolean requireResourceAudience = true;
    private ClientAddressThrottle addressThrottle;
    private java.util.function.Function<RequestView, java.util.Optional<String>> clientAddress =
        RequestView::remoteAddress;
    private RefusalRenderer renderer;
    private final Map<Decision.Reason, String> details =
        new java.util.EnumMap<>(Decision.Reason.class);
    private final List<DecisionListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The renderer of refusal bodies. Default: the one the generated document describes ({@code
     * -Agatehouse.refusals}); {@link #build()} fails if this one's media type differs from it.
     */
    public Builder refusalRenderer(RefusalRenderer renderer) {
      this.renderer = java.util.Objects.requireNonNull(renderer, "renderer");
      return this;
    }

    /**
     * The application's own {@code detail} text for refusals of {@code reason}, in place of
     * Gatehouse's (which says what was wrong and where). Printable text without request data.
     */
    public Builder detail(Decision.Reason reason, String text) {
      java.util.Objects.requireNonNull(reason, "reason");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a detail text must not be blank");
      }
      details.put(reason, text);
      return this;
    }

    /** Adds a listener that hears every decision (never a credential). */
    public Builder listener(DecisionListener listener) {
      listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The protected-resource metadata to serve and to point {@code Bearer} challenges at, instead
     * of the {@value ProtectedResourceMetadata#RESOURCE} the processor wrote; {@code null} for
     * none.
     */
    public Builder protectedResourceMetadata(ProtectedResourceMetadata metadata) {
      this.resourceMetadata = metadata;
      this.resourceMetadataGiven = true;
      return this;
    }

    /**
     * Throttles failed authentication per client address, the peer address of the connection as the
     * adapter reports it ({@link RequestView#remoteAddress()}): a throttled address is answered 429
     * with {@code Retry-After} before any credential is checked, and every malformed or rejected
     * credential counts against its address. Behind a proxy every client has the proxy's address:
     * use {@link #throttleClientAddresses(ClientAddressThrottle, java.util.function.Function)} with
     * the address your proxy reports instead.
     */
    public Builder throttleClientAddresses(ClientAddressThrottle throttle) {
      return throttleClientAddresses(throttle, RequestView::remoteAddress);
    }

    /**
     * Throttles failed authentication per client address as {@code clientAddress} finds it, e.g.
     * from a header that only your trusted proxy sets; a request without one is not throttled by
     * address.
     */
    public Builder throttleClientAddresses(
        ClientAddressThrottle throttle,
        java.util.function.Function<RequestView, java.util.Optional<String>> clientAddress) {
      this.addressThrottle = java.util.Objects.requireNonNull(throttle, "throttle");
      this.clientAddress = java.util.Objects.requireNonNull(clientAddress, "clientAddress");
      return this;
    }

    /**
     * Whether {@code Bearer} challenges carry {@code resource_metadata="<url>"} (RFC 9728 section
     * 5.1) when there is protected-resource metadata; on by default.
     */
    public Builder resourceMetadataInChallenges(boolean on) {
      this.resourceMetadataInChallenges = on;
      return this;
    }

    /**
     * Whether {@link #build()} refuses a bearer verifier whose required audience is not the
     * resource identifier of the protected-resource metadata (RFC 8707: a token for this resource
     * names it in {@code aud}); on by default. Turn it off only where the authorization server
     * cannot put the resource identifier in {@code aud}, and check the audience yourself.
     */
    public Builder requireResourceAudience(boolean on) {
      this.requireResourceAudience = on;
      return this;
    }

    /** The realm of challenges whose scheme declares none; default: the document's title. */
    public Builder realm(String realm) {
      this.realm = realm;
      return this;
    }

    /** Verifies the API keys of an {@code apiKey} scheme. */
    public Builder apiKey(String scheme, Verifier<ApiKey> verifier) {
      return register(scheme, verifier, EnumSet.of(SchemeKind.API_KEY));
    }

    /** Verifies the credentials of an {@code http} {@code basic} scheme. */
    public Builder basic(String scheme, Verifier<BasicCredentials> verifier) {
      return register(scheme, verifier, EnumSet.of(SchemeKind.BASIC));
    }

    /**
     * Verifies the tokens of an {@code http} {@code bearer}, {@code oauth2} or OpenID Connect
     * scheme.
     */
    public Builder bearer(String scheme, Verifier<BearerToken> verifier) {
      return register(
          scheme,
          verifier,
          EnumSet.of(SchemeKind.BEARER, SchemeKind.OAUTH2, SchemeKind.OPEN_ID_CONNECT));
    }

    /**
     * Verifies an {@code http} {@code digest} scheme (RFC 7616) against {@code users}, which
     * supplies only each user's stored {@code H(username ":" realm ":" password)}. Gatehouse issues
     * and checks the nonces and {@code opaque}, refuses replayed nonce counts, binds the method and
     * {@code uri} to the request, and accepts {@code qop=auth} with SHA-256 or SHA-512-256.
     */
    public Builder digest(String scheme, DigestUserStore users) {
      return register(
          scheme,
          DigestVerifier.unbound(java.util.Objects.requireNonNull(users, "users")),
          EnumSet.of(SchemeKind.DIGEST));
    }

    /**
     * The secret of the HMAC that makes Digest nonces and {@code opaque} values, at least 32 bytes.
     * Give every replica of a service the same secret so that any replica accepts any other's
     * nonces; the default is a random secret per {@link Gatehouse}, which suits one instance.
     */
    public Builder digestNonceSecret(byte[] secret) {
      if (secret.length < 32) {
        throw new IllegalArgumentException("the Digest nonce secret must be at least 32 bytes");
      }
      this.digestSecret = secret.clone();
      return this;
    }

    /**
     * How long a Digest nonce is fresh; default 5 minutes, between 10 seconds and 1 hour. A correct
     * response over an older nonce gets 401 with {@code stale=true} and a new nonce.
     */
    public Builder digestNonceLifetime(Duration lifetime) {
      if (lifetime.compareTo(Duration.ofSeconds(10)) < 0
          || lifetime.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("digestNonceLifetime must be between 10 s and 1 h");
      }
      this.digestLifetime = lifetime;
      return this;
    }

    /**
     * The clock Digest nonce lifetimes and the age of step-up operations' user authentication
     * ({@code auth_time}, RFC 9470) are measured with; default the system UTC clock.
     */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The clock skew allowed in step-up checks (RFC 9470, {@code @StepUp}): a token's {@code
     * auth_time} may lie this far in the future, and this much beyond the operation's {@code
     * max_age} in the past, and still be accepted. Default 60 s, as for JWT time claims; between 0
     * and 5 minutes.
     */
    public Builder stepUpClockSkew(Duration skew) {
      java.util.Objects.requireNonNull(skew, "skew");
      if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("stepUpClockSkew must be between 0 and 5 minutes");
      }
      this.stepUpSkew = skew;
      return this;
    }

    /** Verifies the credentials of any other {@code http} scheme ({@code @HttpScheme}). */
    public Builder http(String scheme, Verifier<AuthorizationCredentials> verifier) {
      return register(scheme, verifier, EnumSet.of(SchemeKind.HTTP));
    }

    /**
     * Also accepts this bearer-type scheme's token from an {@code
     * application/x-www-form-urlencoded} body ({@code formBody}) or the {@code access_token} query
     * parameter ({@code query}), RFC 6750 sections 2.2 and 2.3. Both are off by default: tokens in
     * URLs end up in logs. A request using two transports at once is refused with 400.
     */
    public Builder bearerTransports(String scheme, boolean formBody, boolean query) {
      bearerTransports.put(
          java.util.Objects.requireNonNull(scheme, "scheme"), new boolean[] {formBody, query});
      return this;
    }

    /**
     * Checks the DPoP proofs (RFC 9449) of {@code scheme}, whose declaration ({@code tokenBinding}
     * {@code DPOP} or {@code DPOP_OR_MTLS}) says its tokens may be DPoP-bound; required for such a
     * scheme. {@code gatehouse-jwt}'s {@code DpopProofVerifier} is the implementation.
     */
    public Builder dpop(String scheme, DpopProofChecker checker) {
      dpopCheckers.put(
          java.util.Objects.requireNonNull(scheme, "scheme"),
          java.util.Objects.requireNonNull(checker, "checker"));
      return this;
    }

    /**
     * Where the client certificates of {@code scheme}'s certificate-bound tokens (RFC 8705) come
     * from; default {@link ClientCertificates#fromTls()}, the TLS session the adapter sees.
     */
    public Builder clientCertificates(String scheme, ClientCertificates certificates) {
      clientCertificates.put(
          java.util.Objects.requireNonNull(scheme, "scheme"),
          java.util.Objects.requireNonNull(certificates, "certificates"));
      return this;
    }

    /**
     * Uses exactly these generated classes instead of discovering them through {@link
     * ServiceLoader}: for tests, and for applications that pick their generated classes by hand.
     *
     * <p>The parameter types are the generated code's contract in {@code
     * dev.gatehouse.runtime.internal}, which is not a public API (like {@code dagger.internal}):
     * pass instances of the classes the processor generated, never hand-written implementations,
     * which may break in any release.
     */
    public Builder generated(List<GeneratedScheme> schemes, List<GeneratedEndpoint> endpoints) {
      this.discover = false;
      this.schemes.clear();
      this.schemes.addAll(schemes);
      this.endpoints.clear();
      this.endpoints.addAll(endpoints);
      return this;
    }

    /**
     * Checks that every declared scheme has a verifier of the right kind and every endpoint names
     * only declared schemes; throws {@link IllegalStateException} naming each problem otherwise.
     */
    public Gatehouse build() {
      List<GeneratedScheme> foundSchemes = schemes;
      List<GeneratedEndpoint> foundEndpoints = endpoints;
      ProtectedResourceMetadata metadata = resourceMetadata;
      if (discover) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!resourceMetadataGiven) {
          metadata = ProtectedResourceMetadata.find(loader).orElse(null);
        }
        foundSchemes = new ArrayList<>();
        ServiceLoader.load(GeneratedScheme.class, loader).forEach(foundSchemes::add);
        foundEndpoints = new ArrayList<>();
        ServiceLoader.load(GeneratedEndpoint.class, loader).forEach(foundEndpoints::add);
        if (foundSchemes.isEmpty() && foundEndpoints.isEmpty()) {
          throw new IllegalStateException(NO_GENERATED_CODE);
        }
      }
      Set<String> problems = new TreeSet<>();
      Map<String, SchemeDefinition> definitions = new TreeMap<>();
      Map<String, SenderConstraint> constraints = new TreeMap<>();
      for (GeneratedScheme scheme : foundSchemes) {
        SchemeDefinition d = scheme.definition();
        SenderConstraint constraint = scheme.senderConstraint();
        if (constraint != null && constraint != SenderConstraint.NONE) {
          constraints.put(d.name(), constraint);
        }
        SchemeDefinition first = definitions.putIfAbsent(d.name(), d);
        if (first != null && !sameDeclaration(first, d)) {
          problems.add(
              "scheme \""
                  + d.name()
                  + "\" is generated twice with different definitions (two"
                  + " compilations declare it); give one of them another schemeName");
        }
        if (!d.realm().isEmpty() && Decider.realmProblem(d.realm()) != null) {
          problems.add(
              "scheme \""
                  + d.name()
                  + "\" has an invalid realm: "
                  + Decider.realmProblem(d.realm()));
        }
      }
      bearerTransports.forEach(
          (name, transports) -> {
            SchemeDefinition d = definitions.get(name);
            if (d == null || !d.kind().isBearerFamily()) {
              problems.add(
                  "bearer transports are configured for \""
                      + name
                      + "\", which is not a declared"
                      + " bearer, oauth2 or OpenID Connect scheme");
            } else {
              definitions.put(
                  name,
                  new SchemeDefinition(
                      d.name(),
                      d.kind(),
                      d.realm(),
                      d.challengeScheme(),
                      dev.gatehouse.runtime.internal.Extractors.bearer(
                          transports[0], transports[1]),
                      d.place()));
            }
          });
      Map<String, SenderCheck> senders = senderChecks(definitions, constraints, problems);
      if (realm != null && Decider.realmProblem(realm) != null) {
        problems.add("the realm is invalid: " + Decider.realmProblem(realm));
      }
      Map<String, Verifier<? extends Credential>> bound = new HashMap<>();
      for (SchemeDefinition d : definitions.values()) {
        Registration r = verifiers.get(d.name());
        if (r == null) {
          problems.add(
              "scheme \""
                  + d.name()
                  + "\" ("
                  + d.kind()
                  + ") has no verifier; register one with "
                  + registrationMethod(d.kind())
                  + "(\""
                  + d.name()
                  + "\", ...)");
        } else if (!r.kinds().contains(d.kind())) {
          problems.add(
              "scheme \""
                  + d.name()
                  + "\" is "
                  + d.kind()
                  + ", so its verifier must be registered"
                  + " with "
                  + registrationMethod(d.kind())
                  + ", not with a method for "
                  + r.kinds());
        } else {
          bound.put(d.name(), r.verifier());
          if (metadata != null
              && requireResourceAudience
              && d.kind().isBearerFamily()
              && r.verifier() instanceof AudienceRestricted restricted
              && !restricted.audiences().stream().allMatch(metadata.resource()::equals)) {
            problems.add(
                "scheme \""
                    + d.name()
                    + "\" has a verifier requiring the audience "
                    + restricted.audiences()
                    + ", but the protected-resource metadata names the"
                    + " resource "
                    + metadata.resource()
                    + ": a token for this resource carries it"
                    + " in aud (RFC 8707); configure the verifier's audience(\""
                    + metadata.resource()
                    + "\"), or requireResourceAudience(false)");
          }
        }
      }
      for (String name : verifiers.keySet()) {
        if (!definitions.containsKey(name)) {
          problems.add(
              "a verifier is registered for \""
                  + name
                  + "\", but no such scheme is declared"
                  + " (declared: "
                  + definitions.keySet()
                  + ")");
        }
      }
      Map<String, List<OperationSecurity>> routes = new TreeMap<>();
      String title = null;
      for (GeneratedEndpoint endpoint : foundEndpoints) {
        Map<String, OperationSecurity> byMethod = new HashMap<>();
        List<OperationSecurity> endpointRoutes = new ArrayList<>();
        for (OperationSecurity op : endpoint.operations()) {
          endpointRoutes.add(op);
          // A Spring method mapped to several paths or HTTP methods has one entry per route, all
          // with the same security; adapters that look operations up by Java method take any.
          OperationSecurity earlier = byMethod.putIfAbsent(op.signature(), op);
          if (earlier != null
              && (!earlier.alternatives().equals(op.alternatives())
                  || earlier.optional() != op.optional())) {
            problems.add(
                endpoint.endpointInterface()
                    + " lists operation "
                    + op.signature()
                    + " twice with different security");
          }
          for (String scheme : op.schemes()) {
            if (!definitions.containsKey(scheme)) {
              problems.add(
                  endpoint.endpointInterface()
                      + " requires scheme \""
                      + scheme
                      + "\", whose generated extractor is not on the class path");
            }
          }
        }
        if (routes.put(endpoint.endpointInterface(), endpointRoutes) != null) {
          problems.add(
              "endpoint "
                  + endpoint.endpointInterface()
                  + " has generated glue twice on the"
                  + " class path");
        }
        if (title == null) {
          title = endpoint.documentTitle();
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Gatehouse is not configured correctly:\n  - " + String.join("\n  - ", problems));
      }
      String effectiveRealm = realm != null ? realm : Decider.safeRealm(title);
      byte[] secret = digestSecret;
      if (secret == null) {
        secret = new byte[32];
        new SecureRandom().nextBytes(secret);
      }
      DigestNonces nonces = new DigestNonces(secret, digestLifetime, clock);
      bound.replaceAll(
          (name, verifier) ->
              verifier instanceof DigestVerifier digest
                  ? digest.bind(nonces, realmOf(definitions.get(name), effectiveRealm))
                  : verifier);
      String metadataUrl = metadata != null && resourceMetadataInChallenges ? metadata.url() : null;
      return new Gatehouse(
          routes,
          new Decider(
              definitions, bound, effectiveRealm, nonces, metadataUrl, senders, clock, stepUpSkew),
          metadata,
          renderer(foundEndpoints),
          details,
          listeners,
          addressThrottle,
          clientAddress,
          addressThrottle != null || !listeners.isEmpty() || renderer != null);
    }

    /**
     * The builder's renderer, else the one the document describes; fails when the endpoints'
     * documents disagree or the builder's renderer writes another media type than they promise.
     */
    private RefusalRenderer renderer(List<GeneratedEndpoint> found) {
      Set<String> declared = new TreeSet<>();
      found.forEach(e -> declared.add(e.refusals()));
      if (declared.size() > 1) {
        throw new IllegalStateException(
            "Gatehouse is not configured correctly: the endpoint interfaces were compiled with"
                + " different -Agatehouse.refusals options "
                + declared
                + "; compile them all with one");
      }
      RefusalRenderer documented =
          declared.contains("problem")
              ? RefusalRenderer.problemDetails()
              : RefusalRenderer.detail();
      if (renderer == null) {
        return documented;
      }
      if (!mediaType(renderer.contentType()).equals(mediaType(documented.contentType()))) {
        throw new IllegalStateException(
            "Gatehouse is not configured correctly: the refusal renderer writes "
                + mediaType(renderer.contentType())
                + " but the generated document describes "
                + mediaType(documented.contentType())
                + " refusals (-Agatehouse.refusals="
                + (declared.isEmpty() ? "detail" : declared.iterator().next())
                + "); compile with the matching option or use that renderer");
      }
      return renderer;
    }

    private static String mediaType(String contentType) {
      int semicolon = contentType.indexOf(';');
      return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
          .trim()
          .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The sender checks of the declared sender-constrained schemes; DPoP-capable schemes also read
     * {@code Authorization: DPoP}. Configuration for a scheme that declares no such binding is a
     * problem: the document would not say what the service enforces.
     */
    private Map<String, SenderCheck> senderChecks(
        Map<String, SchemeDefinition> definitions,
        Map<String, SenderConstraint> constraints,
        Set<String> problems) {
      Map<String, SenderCheck> senders = new HashMap<>();
      for (String name : dpopCheckers.keySet()) {
        if (!constraints.getOrDefault(name, SenderConstraint.NONE).allowsDpop()) {
          problems.add(
              "a DPoP proof checker is configured for \""
                  + name
                  + "\", which is not declared"
                  + " with tokenBinding = DPOP or DPOP_OR_MTLS");
        }
      }
      for (String name : clientCertificates.keySet()) {
        if (!constraints.getOrDefault(name, SenderConstraint.NONE).allowsMtls()) {
          problems.add(
              "client certificates are configured for \""
                  + name
                  + "\", which is not declared"
                  + " with tokenBinding = MTLS or DPOP_OR_MTLS");
        }
      }
      constraints.forEach(
          (name, constraint) -> {
            SchemeDefinition d = definitions.get(name);
            if (d == null || !d.kind().isBearerFamily()) {
              problems.add("scheme \"" + name + "\" is sender-constrained but takes no tokens");
              return;
            }
            DpopProofChecker checker = dpopCheckers.get(name);
            if (constraint.allowsDpop() && checker == null) {
              problems.add(
                  "scheme \""
                      + name
                      + "\" declares DPoP-bound tokens; configure a proof checker"
                      + " with dpop(\""
                      + name
                      + "\", DpopProofVerifier.builder()...build())");
              return;
            }
            ClientCertificates certificates =
                constraint.allowsMtls()
                    ? clientCertificates.getOrDefault(name, ClientCertificates.fromTls())
                    : null;
            if (constraint.allowsDpop()) {
              @SuppressWarnings("unchecked")
              CredentialExtractor<BearerToken> bearer =
                  (CredentialExtractor<BearerToken>) d.extractor();
              definitions.put(
                  name,
                  new SchemeDefinition(
                      d.name(),
                      d.kind(),
                      d.realm(),
                      d.challengeScheme(),
                      new DpopAwareExtractor(bearer),
                      d.place()));
            }
            senders.put(
                name,
                new SenderCheck(
                    constraint, constraint.allowsDpop() ? checker : null, certificates));
          });
      return senders;
    }

    private Builder register(
        String scheme, Verifier<? extends Credential> verifier, Set<SchemeKind> kinds) {
      if (verifiers.containsKey(scheme)) {
        throw new IllegalArgumentException("scheme \"" + scheme + "\" already has a verifier");
      }
      verifiers.put(
          java.util.Objects.requireNonNull(scheme, "scheme"),
          new Registration(java.util.Objects.requireNonNull(verifier, "verifier"), kinds));
      return this;
    }

    private static String realmOf(SchemeDefinition d, String defaultRealm) {
      return d.realm().isEmpty() ? defaultRealm : d.realm();
    }

    private static boolean sameDeclaration(SchemeDefinition a, SchemeDefinition b) {
      return a.kind() == b.kind()
          && a.realm().equals(b.realm())
          && a.challengeScheme().equals(b.challengeScheme());
    }

    private static String registrationMethod(SchemeKind kind) {
      return switch (kind) {
        case API_KEY -> "apiKey";
        case BASIC -> "basic";
        case BEARER, OAUTH2, OPEN_ID_CONNECT -> "bearer";
        case DIGEST -> "digest";
        case HTTP -> "http";
      };
    }

    private record Registration(Verifier<? extends Credential> verifier, Set<SchemeKind> kinds) {}
  }
}
