package dev.gatehouse.runtime.token;

import dev.gatehouse.runtime.internal.ScopeList;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed password-grant token request, like FastAPI's {@code OAuth2PasswordRequestForm} ({@link
 * #parse}) and {@code OAuth2PasswordRequestFormStrict} ({@link #parseStrict}), with the client
 * credentials from either the body or HTTP Basic.
 *
 * <p>Rules, checked in this order, each refusal a {@link TokenRequestException} naming a {@link
 * TokenError}: the media type; the size cap; only ASCII octets under an {@code ISO-8859-1} or
 * {@code US-ASCII} label (see below); strict encoding and no repeated parameter; at most one {@code
 * Authorization} line, which must be valid client Basic; not both Basic and body client
 * credentials; {@code grant_type} exactly {@code password} (optional in the permissive form);
 * {@code username} and {@code password} present; {@code scope} well-formed. Empty values count as
 * absent (FastAPI; RFC 6749 section 3.2) and unknown parameters are ignored.
 *
 * <p>RFC 6749 section 3.2 wants the body in UTF-8. A {@code charset} parameter is optional and, if
 * present, must be {@code UTF-8}, or {@code ISO-8859-1} or {@code US-ASCII} on a body whose octets
 * (raw and percent-decoded) are all ASCII: such a body is byte for byte the same in the three
 * encodings, and Apache HttpClient labels its forms {@code ISO-8859-1} by default. The same label
 * with any non-ASCII octet ({@code %E9} is {@code é} in ISO-8859-1 and invalid UTF-8) is ambiguous
 * and refused as {@link TokenError#UNSUPPORTED_CONTENT_TYPE}, as is any other charset or alias.
 *
 * <p>Username and password are normalised to NFC and checked free of control characters and within
 * the HTTP Basic extractor's caps, so both transports reach the user store alike (decision P3).
 * Client ids and secrets are used exactly as sent.
 */
public final class TokenRequestForm {

  /** The largest body read, in bytes (64 KiB, the form-body cap of the bearer transport). */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** The longest username, in code points, as for HTTP Basic. */
  public static final int MAX_USERNAME_CODE_POINTS = 256;

  /** The longest password, in UTF-8 bytes, as for HTTP Basic. */
  public static final int MAX_PASSWORD_BYTES = 1024;

  /** How the client authenticated, by RFC 7591 {@code token_endpoint_auth_method} names. */
  public enum ClientAuthentication {
    /**
     * No client secret: no client at all, or a public client naming itself by {@code client_id}.
     */
    NONE,
    /** {@code Authorization: Basic} with the form-urlencoded id and secret. */
    CLIENT_SECRET_BASIC,
    /** {@code client_id} and {@code client_secret} in the body. */
    CLIENT_SECRET_POST
  }

  private final String grantType;
  private final String username;
  private final String password;
  private final List<String> scopes;
  private final String clientId;
  private final String clientSecret;
  private final ClientAuthentication clientAuthentication;

  private TokenRequestForm(
      String grantType,
      String username,
      String password,
      List<String> scopes,
      String clientId,
      String clientSecret,
      ClientAuthentication clientAuthentication) {
    this.grantType = grantType;
    this.username = username;
    this.password = password;
    this.scopes = scopes;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clientAuthentication = clientAuthentication;
  }

  /**
   * Parses like {@code OAuth2PasswordRequestForm}: {@code grant_type} may be absent.
   *
   * @param contentType the request's {@code Content-Type} value, or null when it has none
   * @param body the raw body; null is read as empty
   * @param authorization every {@code Authorization} field line, in order; null or empty if none
   */
  public static TokenRequestForm parse(String contentType, byte[] body, List<String> authorization)
      throws TokenRequestException {
    return parse(contentType, body, authorization, false);
  }

  /** Parses like {@code OAuth2PasswordRequestFormStrict}: {@code grant_type} is required. */
  public static TokenRequestForm parseStrict(
      String contentType, byte[] body, List<String> authorization) throws TokenRequestException {
    return parse(contentType, body, authorization, true);
  }

  static TokenRequestForm parse(
      String contentType, byte[] body, List<String> authorization, boolean strict)
      throws TokenRequestException {
    FormBody.Label label = FormBody.label(contentType);
    if (label == null) {
      throw new TokenRequestException(
          TokenError.UNSUPPORTED_CONTENT_TYPE,
          TokenError.UNSUPPORTED_CONTENT_TYPE.description() + ": " + whyNotAForm(contentType));
    }
    byte[] bytes = body == null ? new byte[0] : body;
    if (bytes.length > MAX_BODY_BYTES) {
      throw new TokenRequestException(
          TokenError.BODY_TOO_LARGE,
          TokenError.BODY_TOO_LARGE.description() + ": the limit is " + MAX_BODY_BYTES + " bytes");
    }
    int ambiguous = label == FormBody.Label.ASCII_ONLY ? FormBody.firstNonAsciiOctet(bytes) : -1;
    if (ambiguous >= 0) {
      // "%E9" is "é" in ISO-8859-1 and invalid in UTF-8: refuse rather than guess.
      throw new TokenRequestException(
          TokenError.UNSUPPORTED_CONTENT_TYPE,
          TokenError.UNSUPPORTED_CONTENT_TYPE.description()
              + ": it is labelled with a charset other than UTF-8 and has a non-ASCII octet at"
              + " byte offset "
              + ambiguous
              + ", which that charset and UTF-8 read differently;"
              + " send UTF-8, labelled charset=UTF-8 or unlabelled");
    }
    Map<String, String> form = FormBody.parse(bytes);

    String clientId = value(form, "client_id");
    String clientSecret = value(form, "client_secret");
    ClientAuthentication method =
        clientSecret != null ? ClientAuthentication.CLIENT_SECRET_POST : ClientAuthentication.NONE;
    ClientBasic.Parts basic = basic(authorization);
    if (basic != null) {
      if (clientId != null || clientSecret != null) {
        throw new TokenRequestException(TokenError.MULTIPLE_CLIENT_AUTHENTICATION);
      }
      clientId = basic.clientId();
      clientSecret = basic.clientSecret();
      method = ClientAuthentication.CLIENT_SECRET_BASIC;
    } else if (clientSecret != null && clientId == null) {
      throw new TokenRequestException(TokenError.CLIENT_SECRET_WITHOUT_ID);
    }

    String grantType = value(form, "grant_type");
    if (grantType == null && strict) {
      throw new TokenRequestException(TokenError.MISSING_GRANT_TYPE);
    }
    if (grantType != null && !grantType.equals("password")) {
      throw new TokenRequestException(TokenError.UNSUPPORTED_GRANT_TYPE);
    }
    String username = value(form, "username");
    String password = value(form, "password");
    if (username == null || password == null) {
      throw new TokenRequestException(TokenError.MISSING_CREDENTIALS);
    }
    username = Normalizer.normalize(username, Normalizer.Form.NFC);
    password = Normalizer.normalize(password, Normalizer.Form.NFC);
    if (Text.hasCtl(username)
        || Text.hasCtl(password)
        || username.codePointCount(0, username.length()) > MAX_USERNAME_CODE_POINTS
        || dev.gatehouse.runtime.internal.Utf8.encodedLength(password) > MAX_PASSWORD_BYTES) {
      throw new TokenRequestException(TokenError.MALFORMED_CREDENTIALS);
    }
    List<String> scopes = scopes(value(form, "scope"));
    return new TokenRequestForm(
        grantType, username, password, scopes, clientId, clientSecret, method);
  }

  /** The value of {@code name}, or null when it is absent or empty. */
  private static String value(Map<String, String> form, String name) {
    String value = form.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private static ClientBasic.Parts basic(List<String> authorization) throws TokenRequestException {
    if (authorization == null || authorization.isEmpty()) {
      return null;
    }
    if (authorization.size() > 1) {
      throw new TokenRequestException(TokenError.REPEATED_AUTHORIZATION); // decision P1
    }
    String line = authorization.get(0);
    if (line == null || FormBody.strip(line).isEmpty()) {
      return null; // an empty field line carries no credentials, as for the Basic extractor
    }
    return ClientBasic.parse(line);
  }

  /**
   * The requested scope list, de-duplicated keeping the first occurrence in order. RFC 6749 section
   * 3.3 allows exactly one SP between scope-tokens: a doubled, leading or trailing space or a TAB
   * is {@code invalid_scope}, never repaired (issue 21). FastAPI splits at any whitespace.
   */
  private static List<String> scopes(String scope) throws TokenRequestException {
    if (scope == null) {
      return List.of();
    }
    List<String> tokens =
        ScopeList.parse(scope)
            .orElseThrow(() -> new TokenRequestException(TokenError.MALFORMED_SCOPE));
    return List.copyOf(new LinkedHashSet<>(tokens));
  }

  /** {@code grant_type}; empty only when the permissive form was sent without one. */
  public Optional<String> grantType() {
    return Optional.ofNullable(grantType);
  }

  /** The username, in NFC. */
  public String username() {
    return username;
  }

  /** The password, in NFC; a {@code String}, so keep its lifetime short. */
  public String password() {
    return password;
  }

  /** The requested scopes, de-duplicated, in request order; empty when none were requested. */
  public List<String> scopes() {
    return scopes;
  }

  /** The client id, from the body or from Basic. */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** The client secret, from the body or from Basic. */
  public Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /** How the client authenticated. */
  public ClientAuthentication clientAuthentication() {
    return clientAuthentication;
  }

  /** Shows the username and client id (escaped for logs), never the password or secret. */
  @Override
  public String toString() {
    return "TokenRequestForm[grantType="
        + (grantType == null ? "none" : grantType)
        + ", username="
        + Text.escape(username)
        + ", password=****, scopes="
        + scopes
        + ", clientId="
        + (clientId == null ? "none" : Text.escape(clientId))
        + ", clientSecret="
        + (clientSecret == null ? "none" : "****")
        + ", clientAuthentication="
        + clientAuthentication
        + "]";
  }

  /** Why {@code contentType} is not a form's, repeating only a well-formed media type. */
  private static String whyNotAForm(String contentType) {
    if (contentType == null) {
      return "the request has no Content-Type";
    }
    int semicolon = contentType.indexOf(';');
    String mediaType =
        FormBody.strip(semicolon < 0 ? contentType : contentType.substring(0, semicolon));
    if (FormBody.equalsIgnoreAsciiCase(mediaType, "application/x-www-form-urlencoded")) {
      return "its parameters are malformed, repeated or name a charset other than UTF-8,"
          + " ISO-8859-1 or US-ASCII";
    }
    if (mediaType.length() <= 100
        && mediaType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
      return "the Content-Type is " + mediaType;
    }
    return "the Content-Type is malformed";
  }
}
