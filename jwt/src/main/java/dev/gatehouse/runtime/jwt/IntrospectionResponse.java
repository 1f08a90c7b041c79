package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;

/**
 * Reads one introspection response (RFC 7662 section 2.2): a JSON object whose {@code active} is
 * the JSON literal {@code true} or {@code false}, or (RFC 9701) a signed JWT of type {@code
 * token-introspection+jwt} carrying that object in its {@code token_introspection} claim.
 *
 * <p>Anything else ({@code "active": "true"}, no {@code active}, not an object, a bad signature) is
 * a broken response, reported as a {@link FetchException} in fixed words: the endpoint failed, and
 * the token is neither accepted nor blamed.
 */
final class IntrospectionResponse {
  static final String JSON_TYPE = "application/json";
  static final String JWT_TYPE = "application/token-introspection+jwt";
  private static final JOSEObjectType JWT_TYP = new JOSEObjectType("token-introspection+jwt");

  /** What the endpoint said: inactive (claims empty), or active with these members. */
  record Introspected(boolean active, Map<String, Object> claims) {}

  private final DefaultJWTProcessor<SecurityContext> jwtProcessor; // null: plain JSON responses

  private IntrospectionResponse(DefaultJWTProcessor<SecurityContext> jwtProcessor) {
    this.jwtProcessor = jwtProcessor;
  }

  /** Plain JSON responses (RFC 7662). */
  static IntrospectionResponse json() {
    return new IntrospectionResponse(null);
  }

  /**
   * Signed JWT responses (RFC 9701) only: typed {@code token-introspection+jwt}, signed with one of
   * {@code keys} by an algorithm in {@code algorithms}, issued by {@code issuer} for {@code
   * clientId}, with {@code iat}. nimbus-jose-jwt does the verification.
   */
  static IntrospectionResponse jwt(
      JWKSet keys, Set<JWSAlgorithm> algorithms, String issuer, String clientId) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JWT_TYP));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(algorithms, new ImmutableJWKSet<>(keys)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            clientId,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("iat", "token_introspection")));
    return new IntrospectionResponse(processor);
  }

  /** The media type to ask for and to require in the answer. */
  String mediaType() {
    return jwtProcessor == null ? JSON_TYPE : JWT_TYPE;
  }

  /** Reads a response body of {@link #mediaType()}. */
  Introspected read(String body) throws FetchException {
    try {
      return jwtProcessor == null ? object(JSONObjectUtils.parse(body)) : fromJwt(body);
    } catch (ParseException e) {
      throw new FetchException("the introspection response is not a JSON object");
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever the JSON or JOSE parser throws on hostile text is a broken response, never a 500.
      throw new FetchException("the introspection response could not be read");
    }
  }

  private Introspected fromJwt(String body) throws FetchException {
    JWTClaimsSet claims;
    try {
      claims = jwtProcessor.process(body.trim(), null);
    } catch (ParseException e) {
      throw new FetchException("the introspection response is not a signed JWT");
    } catch (BadJOSEException | JOSEException e) {
      throw new FetchException(
          "the introspection response JWT failed verification (type, signature, iss, aud or iat)");
    }
    Map<String, Object> inner;
    try {
      inner = claims.getJSONObjectClaim("token_introspection");
    } catch (ParseException e) {
      inner = null;
    }
    if (inner == null) {
      throw new FetchException("the introspection response JWT has no token_introspection object");
    }
    return object(inner);
  }

  private static Introspected object(Map<String, Object> json) throws FetchException {
    if (json == null) {
      throw new FetchException("the introspection response is not a JSON object");
    }
    Object active = json.get("active");
    if (!(active instanceof Boolean flag)) {
      throw new FetchException(
          "the introspection response has no boolean \"active\" (RFC 7662 section 2.2)");
    }
    return flag ? new Introspected(true, json) : new Introspected(false, Map.of());
  }
}
