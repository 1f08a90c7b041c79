package dev.gatehouse.runtime.token;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.internal.Challenges;
import dev.gatehouse.runtime.internal.DefaultRealm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The password-grant token endpoint (RFC 6749 section 4.3): parses a request with {@link
 * TokenRequestForm}, authenticates the client and the user, narrows the scope and answers with a
 * signed access token or an RFC 6749 section 5.2 error. Off unless the application builds and
 * routes it (decision P12).
 *
 * <pre>{@code
 * PasswordTokenEndpoint endpoint = PasswordTokenEndpoint.builder()
 *     .users(passwordUsers)
 *     .publicClients()               // or .clients(clientVerifier), or both
 *     .issuer(tokenIssuer)
 *     .build();
 * TokenResponse response = endpoint.handle(contentType, body, authorizationLines);
 * }</pre>
 *
 * <p>Order of work: the request's syntax; the client; the user, through the user verifier (which
 * does the same work for unknown, disabled and wrong-password users); then the scope. Only a
 * verified user learns that a scope is not granted. Every failure is one {@link TokenError}: wrong
 * credentials, unknown or disabled users all answer {@code invalid_grant}. A verifier or the issuer
 * that throws, or a verifier that returns null, answers 503 {@code temporarily_unavailable}: RFC
 * 6749 defines that code only for the authorization endpoint, but it names the situation, and a 503
 * tells clients to retry rather than to re-prompt the user. {@link #handle} never throws.
 */
public final class PasswordTokenEndpoint {

  private final Verifier<BasicCredentials> users;
  private final Verifier<BasicCredentials> clients;
  private final boolean publicClients;
  private final boolean strict;
  private final TokenIssuer issuer;
  private final String challenge;

  private PasswordTokenEndpoint(Builder b) {
    this.users = b.users;
    this.clients = b.clients;
    this.publicClients = b.publicClients;
    this.strict = b.strict;
    this.issuer = b.issuer;
    this.challenge = Challenges.basic(b.realm);
  }

  /** Starts configuring an endpoint. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers one {@code POST} to the token endpoint.
   *
   * @param contentType the {@code Content-Type} value, or null when the request has none
   * @param body the raw body bytes, or null for none
   * @param authorization every {@code Authorization} field line, unjoined; null or empty if none
   */
  public TokenResponse handle(String contentType, byte[] body, List<String> authorization) {
    try {
      TokenRequestForm form = TokenRequestForm.parse(contentType, body, authorization, strict);
      return respond(form);
    } catch (TokenRequestException e) {
      return TokenResponse.error(e, challenge);
    } catch (RuntimeException e) {
      return TokenResponse.error(TokenError.TEMPORARILY_UNAVAILABLE, challenge); // fail closed
    }
  }

  /**
   * Parses a request's form as {@link #handle(String, byte[], List)} does (with this endpoint's
   * strictness), for adapters that bind the form before the endpoint runs, such as a JAX-RS {@code
   * MessageBodyReader}; answer a refusal with {@link #refusal}.
   *
   * @param contentType the {@code Content-Type} value, or null when the request has none
   * @param body the raw body bytes, or null for none
   * @param authorization every {@code Authorization} field line, unjoined; null or empty if none
   */
  public TokenRequestForm parse(String contentType, byte[] body, List<String> authorization)
      throws TokenRequestException {
    return TokenRequestForm.parse(contentType, body, authorization, strict);
  }

  /** The answer to a request that {@link #parse} refused: the same as {@link #handle} gives. */
  public TokenResponse refusal(TokenRequestException refused) {
    return TokenResponse.error(refused, challenge);
  }

  /**
   * Answers a request whose form {@link #parse} read: the client, the user and the scope are
   * checked and a token issued, as by {@link #handle(String, byte[], List)}. Never throws.
   */
  public TokenResponse handle(TokenRequestForm form) {
    try {
      return respond(Objects.requireNonNull(form, "form"));
    } catch (TokenRequestException e) {
      return TokenResponse.error(e, challenge);
    } catch (RuntimeException e) {
      return TokenResponse.error(TokenError.TEMPORARILY_UNAVAILABLE, challenge); // fail closed
    }
  }

  /**
   * Answers a request through the same {@link RequestView} the extractors read: anything but {@code
   * POST} is refused with 405, and the body is {@link RequestView#body()}.
   */
  public TokenResponse handle(RequestView request) {
    try {
      if (!"POST".equals(request.method())) {
        return TokenResponse.error(TokenError.METHOD_NOT_ALLOWED, challenge);
      }
      List<String> contentTypes = request.headers("Content-Type");
      if (contentTypes.size() != 1) {
        return TokenResponse.error(TokenError.UNSUPPORTED_CONTENT_TYPE, challenge);
      }
      return handle(
          contentTypes.get(0), request.body().orElse(null), request.headers("Authorization"));
    } catch (RuntimeException e) {
      return TokenResponse.error(TokenError.TEMPORARILY_UNAVAILABLE, challenge);
    }
  }

  private TokenResponse respond(TokenRequestForm form) throws TokenRequestException {
    String clientId = authenticateClient(form);
    Verification user = verify(users, new BasicCredentials(form.username(), form.password()));
    if (!user.isGranted()) {
      throw new TokenRequestException(TokenError.INVALID_GRANT);
    }
    List<String> scopes = scopes(form.scopes(), user);
    try {
      return TokenResponse.success(issuer.issue(user.principal(), scopes, clientId));
    } catch (Exception e) {
      throw new TokenRequestException(TokenError.TEMPORARILY_UNAVAILABLE);
    }
  }

  /** The verified or self-named public client id, or null when there is no client. */
  private String authenticateClient(TokenRequestForm form) throws TokenRequestException {
    Optional<String> secret = form.clientSecret();
    if (secret.isEmpty()) {
      if (!publicClients) {
        throw new TokenRequestException(TokenError.INVALID_CLIENT);
      }
      return form.clientId().orElse(null);
    }
    if (clients == null) {
      throw new TokenRequestException(TokenError.INVALID_CLIENT); // a secret nobody can check
    }
    Verification client =
        verify(clients, new BasicCredentials(form.clientId().orElseThrow(), secret.get()));
    if (!client.isGranted()) {
      throw new TokenRequestException(TokenError.INVALID_CLIENT);
    }
    return client.principal();
  }

  /**
   * The requested scopes if the user holds them all, else {@code invalid_scope}; with none
   * requested, every granted scope that is a valid scope-token, sorted.
   */
  private static List<String> scopes(List<String> requested, Verification user)
      throws TokenRequestException {
    if (!requested.isEmpty()) {
      if (!user.scopes().containsAll(requested)) {
        throw new TokenRequestException(TokenError.SCOPE_NOT_GRANTED);
      }
      return requested;
    }
    // A granted role such as "ROLE ADMIN" cannot be written to a space-separated scope: skip it
    // rather than issue a claim that reads as two scopes.
    List<String> granted = new ArrayList<>();
    for (String scope : new TreeSet<>(user.scopes())) {
      if (Text.isScopeToken(scope)) {
        granted.add(scope);
      }
    }
    return granted;
  }

  private static Verification verify(Verifier<BasicCredentials> verifier, BasicCredentials c)
      throws TokenRequestException {
    Verification result;
    try {
      result = verifier.verify(c);
    } catch (Exception e) {
      // Never echo the exception: it may quote the credential or the store.
      throw new TokenRequestException(TokenError.TEMPORARILY_UNAVAILABLE);
    }
    if (result == null) {
      throw new TokenRequestException(TokenError.TEMPORARILY_UNAVAILABLE);
    }
    return result;
  }

  /** Describes the configuration; shows no user, client or key. */
  @Override
  public String toString() {
    return "PasswordTokenEndpoint[users="
        + users
        + ", clients="
        + (clients == null ? "none" : clients)
        + ", publicClients="
        + publicClients
        + ", strict="
        + strict
        + ", issuer="
        + issuer
        + "]";
  }

  /**
   * Configures a {@link PasswordTokenEndpoint}. Required: {@link #users}, {@link #issuer}, and a
   * deliberate client policy, {@link #clients}, {@link #publicClients} or both.
   */
  public static final class Builder {
    private Verifier<BasicCredentials> users;
    private Verifier<BasicCredentials> clients;
    private boolean publicClients;
    private boolean strict = true;
    private TokenIssuer issuer;
    private String realm;

    private Builder() {}

    /**
     * Verifies the resource owner's username and password, such as {@code PasswordUsers}; the
     * granted principal becomes {@code sub} and the granted scopes bound the token's scope.
     */
    public Builder users(Verifier<BasicCredentials> users) {
      this.users = Objects.requireNonNull(users, "users");
      return this;
    }

    /**
     * Verifies confidential clients: the credentials carry the client id as username and the secret
     * as password, from Basic or the body. The granted principal becomes {@code client_id}.
     */
    public Builder clients(Verifier<BasicCredentials> clients) {
      this.clients = Objects.requireNonNull(clients, "clients");
      return this;
    }

    /**
     * Accepts requests without a client secret (public clients such as an OpenAPI UI); a {@code
     * client_id} they send goes into the token unverified. A request that does send a secret is
     * still checked by {@link #clients}, or refused if there is none.
     */
    public Builder publicClients() {
      this.publicClients = true;
      return this;
    }

    /**
     * Whether {@code grant_type} is required ({@code OAuth2PasswordRequestFormStrict}, RFC 6749
     * section 4.3.2, the default) or may be omitted ({@code OAuth2PasswordRequestForm}).
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Signs the tokens. */
    public Builder issuer(TokenIssuer issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * The realm of the Basic challenge sent with {@code invalid_client}. Default: the same default
     * as {@code Gatehouse}'s, the document's {@code info.title} (or {@code API}); pass {@code
     * gatehouse.realm()} when you set the realm in code, so that it is set in one place.
     */
    public Builder realm(String realm) {
      this.realm = Objects.requireNonNull(realm, "realm");
      return this;
    }

    /**
     * Checks the configuration.
     *
     * @throws IllegalStateException when users, issuer or the client policy is missing
     * @throws IllegalArgumentException when the realm cannot be written in a challenge
     */
    public PasswordTokenEndpoint build() {
      if (users == null) {
        throw new IllegalStateException("users(...) is required");
      }
      if (issuer == null) {
        throw new IllegalStateException("issuer(...) is required");
      }
      if (clients == null && !publicClients) {
        throw new IllegalStateException("choose clients(...), publicClients() or both");
      }
      if (realm == null) {
        realm = DefaultRealm.discover(Thread.currentThread().getContextClassLoader());
      }
      return new PasswordTokenEndpoint(this);
    }
  }
}
