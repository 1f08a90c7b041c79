package dev.gatehouse.runtime.jwt.dpop;

import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT_384;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT_RSA;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.OTHER;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.T0;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.claims;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.dpopToken;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.mtlsToken;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.proof;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.request;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.jwt.dpop.DpopFixture.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile catalogue of issue 17: DPoP proofs and client certificates, each with its expected
 * status and challenge, through the whole decision (token verification, then the sender check).
 *
 * <p>Expected challenges are written as {@code "<scheme> <error>"}: {@code "DPoP
 * invalid_dpop_proof"} means a challenge {@code DPoP realm="test", error="invalid_dpop_proof", ...,
 * algs="..."}; {@code "DPoP"} alone one without error; {@code ""} an allowed request.
 */
class SenderConstrainedHostileTest {
  static final X509Certificate CERT_A = DpopFixture.certificate("client-a");
  static final X509Certificate CERT_B = DpopFixture.certificate("client-b");
  static final String TOKEN = dpopToken(CLIENT);
  static final String OTHER_TOKEN = dpopToken(OTHER);
  static final String PROXY = SenderGatehouse.PROXY;
  static final String HEADER = SenderGatehouse.CERT_HEADER;

  /** One case: a request to the operation of {@code scheme}, the status and the challenge. */
  record Case(
      String name,
      String scheme,
      Function<SenderGatehouse, Decision> send,
      int status,
      String challenge) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case dpop(String name, Consumer<Map<String, Object>> edit, int status, String challenge) {
    return dpop(name, JWSAlgorithm.ES256, edit, status, challenge);
  }

  static Case dpop(
      String name,
      JWSAlgorithm alg,
      Consumer<Map<String, Object>> edit,
      int status,
      String challenge) {
    return new Case(
        name,
        "Dpop",
        g -> {
          Map<String, Object> c = claims(TOKEN);
          edit.accept(c);
          return g.decide("Dpop", request().dpop(TOKEN, proof(CLIENT, alg, c)));
        },
        status,
        challenge);
  }

  static Case raw(
      String name, String scheme, Function<Request, Request> build, int status, String challenge) {
    return new Case(name, scheme, g -> g.decide(scheme, build.apply(request())), status, challenge);
  }

  /** The certificate as nginx's {@code $ssl_client_escaped_cert}: percent-encoded PEM. */
  static String escaped(X509Certificate certificate) {
    return URLEncoder.encode(DpopFixture.pem(certificate), StandardCharsets.US_ASCII)
        .replace("+", "%20");
  }

  static String valid() {
    return proof(CLIENT, JWSAlgorithm.ES256, claims(TOKEN));
  }

  static Map<String, Object> header(String alg, String typ, Object jwk) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("alg", alg);
    if (typ != null) {
      h.put("typ", typ);
    }
    if (jwk != null) {
      h.put("jwk", jwk);
    }
    return h;
  }

  static final String P = "DPoP invalid_dpop_proof";
  static final String T = "DPoP invalid_token";

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    // Valid proofs.
    c.add(dpop("valid ES256", x -> {}, 200, ""));
    c.add(
        dpop(
            "htu with default port",
            x -> x.put("htu", "https://api.example.com:443/accounts"),
            200,
            ""));
    c.add(
        dpop(
            "htu with upper-case scheme and host",
            x -> x.put("htu", "HTTPS://API.Example.COM/accounts"),
            200,
            ""));
    c.add(
        dpop(
            "htu with query and fragment (ignored)",
            x -> x.put("htu", DpopFixture.URL + "?a=1#f"),
            200,
            ""));
    c.add(dpop("iat 60 s old", x -> x.put("iat", T0 - 60), 200, ""));
    c.add(dpop("iat 5 s ahead", x -> x.put("iat", T0 + 5), 200, ""));
    c.add(
        new Case(
            "valid ES384 on P-384",
            "Dpop",
            g -> {
              String t = dpopToken(CLIENT_384);
              return g.decide(
                  "Dpop", request().dpop(t, proof(CLIENT_384, JWSAlgorithm.ES384, claims(t))));
            },
            200,
            ""));
    c.add(
        new Case(
            "valid RS256",
            "Dpop",
            g -> {
              String t = dpopToken(CLIENT_RSA);
              return g.decide(
                  "Dpop", request().dpop(t, proof(CLIENT_RSA, JWSAlgorithm.RS256, claims(t))));
            },
            200,
            ""));
    c.add(
        new Case(
            "valid PS256",
            "Dpop",
            g -> {
              String t = dpopToken(CLIENT_RSA);
              return g.decide(
                  "Dpop", request().dpop(t, proof(CLIENT_RSA, JWSAlgorithm.PS256, claims(t))));
            },
            200,
            ""));
    c.add(
        raw(
            "lower-case dpop scheme word",
            "Dpop",
            r -> r.header("Authorization", "dpop " + TOKEN).header("DPoP", valid()),
            200,
            ""));
    // htm and htu.
    c.add(dpop("htm POST for GET", x -> x.put("htm", "POST"), 401, P));
    c.add(dpop("htm lower-case get", x -> x.put("htm", "get"), 401, P));
    c.add(dpop("htm missing", x -> x.remove("htm"), 401, P));
    c.add(dpop("htm a number", x -> x.put("htm", 1), 401, P));
    c.add(dpop("htu other host", x -> x.put("htu", "https://evil.example.com/accounts"), 401, P));
    c.add(dpop("htu other path", x -> x.put("htu", "https://api.example.com/admin"), 401, P));
    c.add(dpop("htu http for https", x -> x.put("htu", "http://api.example.com/accounts"), 401, P));
    c.add(
        dpop("htu other port", x -> x.put("htu", "https://api.example.com:8443/accounts"), 401, P));
    c.add(dpop("htu trailing slash", x -> x.put("htu", DpopFixture.URL + "/"), 401, P));
    c.add(dpop("htu relative", x -> x.put("htu", "/accounts"), 401, P));
    c.add(
        dpop(
            "htu with userinfo",
            x -> x.put("htu", "https://user@api.example.com/accounts"),
            401,
            P));
    c.add(dpop("htu missing", x -> x.remove("htu"), 401, P));
    c.add(dpop("htu an array", x -> x.put("htu", List.of(DpopFixture.URL)), 401, P));
    c.add(dpop("htu not a URL", x -> x.put("htu", "https://[::1"), 401, P));
    c.add(
        dpop(
            "htu encoded path differs",
            x -> x.put("htu", "https://api.example.com/acc%6Funts"),
            401,
            P));
    c.add(
        raw(
            "request URL unknown to the adapter",
            "Dpop",
            r -> r.url(null).dpop(TOKEN, valid()),
            401,
            P));
    c.add(
        raw(
            "request to another path",
            "Dpop",
            r -> r.path("/admin").url("https://api.example.com/admin").dpop(TOKEN, valid()),
            401,
            P));
    c.add(raw("request with POST", "Dpop", r -> r.method("POST").dpop(TOKEN, valid()), 401, P));
    // iat.
    c.add(dpop("iat stale, 120 s", x -> x.put("iat", T0 - 120), 401, P));
    c.add(dpop("iat just beyond the window", x -> x.put("iat", T0 - 71), 401, P));
    c.add(dpop("iat 30 s ahead", x -> x.put("iat", T0 + 30), 401, P));
    c.add(dpop("iat missing", x -> x.remove("iat"), 401, P));
    c.add(dpop("iat a string", x -> x.put("iat", String.valueOf(T0)), 401, P));
    c.add(dpop("iat far future", x -> x.put("iat", 253_402_300_800L), 401, P));
    // jti and replay.
    c.add(dpop("jti missing", x -> x.remove("jti"), 401, P));
    c.add(dpop("jti empty", x -> x.put("jti", ""), 401, P));
    c.add(dpop("jti too long", x -> x.put("jti", "j".repeat(300)), 401, P));
    c.add(dpop("jti a number", x -> x.put("jti", 7), 401, P));
    c.add(
        new Case(
            "replayed proof",
            "Dpop",
            g -> {
              String p = valid();
              Decision first = g.decide("Dpop", request().dpop(TOKEN, p));
              assertThat(first).isInstanceOf(Decision.Allow.class);
              return g.decide("Dpop", request().dpop(TOKEN, p));
            },
            401,
            P));
    c.add(
        new Case(
            "replayed jti in a new proof",
            "Dpop",
            g -> {
              Map<String, Object> x = claims(TOKEN);
              g.decide("Dpop", request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, x)));
              x.put("iat", T0 - 1);
              return g.decide("Dpop", request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, x)));
            },
            401,
            P));
    // ath.
    c.add(dpop("ath missing", x -> x.remove("ath"), 401, P));
    c.add(dpop("ath of another token", x -> x.put("ath", DpopFixture.ath(OTHER_TOKEN)), 401, P));
    c.add(dpop("ath garbage", x -> x.put("ath", "not-a-hash"), 401, P));
    c.add(dpop("ath padded", x -> x.put("ath", DpopFixture.ath(TOKEN) + "="), 401, P));
    c.add(dpop("ath the token itself", x -> x.put("ath", TOKEN), 401, P));
    // Algorithms, types and keys.
    c.add(
        raw(
            "alg none",
            "Dpop",
            r ->
                r.dpop(
                    TOKEN,
                    DpopFixture.b64(
                            "{\"alg\":\"none\",\"typ\":\"dpop+jwt\",\"jwk\":"
                                + CLIENT.toPublicJWK().toJSONString()
                                + "}")
                        + "."
                        + DpopFixture.b64(
                            com.nimbusds.jose.util.JSONObjectUtils.toJSONString(claims(TOKEN)))
                        + "."),
            401,
            P));
    c.add(
        raw(
            "HS256 with an oct jwk",
            "Dpop",
            r -> {
              OctetSequenceKey k = new OctetSequenceKey.Builder(new byte[32]).build();
              return r.dpop(
                  TOKEN,
                  DpopFixture.raw(
                      header("HS256", "dpop+jwt", k.toJSONObject()),
                      claims(TOKEN),
                      k,
                      JWSAlgorithm.HS256));
            },
            401,
            P));
    c.add(
        raw(
            "HS256 keyed with the public EC jwk",
            "Dpop",
            r -> {
              OctetSequenceKey k =
                  new OctetSequenceKey.Builder(
                          CLIENT.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))
                      .build();
              return r.dpop(
                  TOKEN,
                  DpopFixture.raw(
                      header("HS256", "dpop+jwt", CLIENT.toPublicJWK().toJSONObject()),
                      claims(TOKEN),
                      k,
                      JWSAlgorithm.HS256));
            },
            401,
            P));
    c.add(
        raw(
            "typ JWT",
            "Dpop",
            r -> r.dpop(TOKEN, proof(CLIENT, CLIENT, JWSAlgorithm.ES256, "JWT", claims(TOKEN))),
            401,
            P));
    c.add(
        raw(
            "typ missing",
            "Dpop",
            r -> r.dpop(TOKEN, proof(CLIENT, CLIENT, JWSAlgorithm.ES256, null, claims(TOKEN))),
            401,
            P));
    c.add(
        raw(
            "typ at+jwt",
            "Dpop",
            r -> r.dpop(TOKEN, proof(CLIENT, CLIENT, JWSAlgorithm.ES256, "at+jwt", claims(TOKEN))),
            401,
            P));
    c.add(
        raw(
            "private EC key in jwk",
            "Dpop",
            r ->
                r.dpop(
                    TOKEN,
                    DpopFixture.raw(
                        header("ES256", "dpop+jwt", CLIENT.toJSONObject()),
                        claims(TOKEN),
                        CLIENT,
                        JWSAlgorithm.ES256)),
            401,
            P));
    c.add(
        raw(
            "private RSA key in jwk",
            "Dpop",
            r -> {
              String t = dpopToken(CLIENT_RSA);
              return r.dpop(
                  t,
                  DpopFixture.raw(
                      header("RS256", "dpop+jwt", CLIENT_RSA.toJSONObject()),
                      claims(t),
                      CLIENT_RSA,
                      JWSAlgorithm.RS256));
            },
            401,
            P));
    c.add(
        raw(
            "no jwk",
            "Dpop",
            r -> r.dpop(TOKEN, proof(null, CLIENT, JWSAlgorithm.ES256, "dpop+jwt", claims(TOKEN))),
            401,
            P));
    c.add(
        raw(
            "jwk by jku reference",
            "Dpop",
            r -> {
              Map<String, Object> h =
                  header("ES256", "dpop+jwt", CLIENT.toPublicJWK().toJSONObject());
              h.put("jku", "https://evil.example.com/jwks");
              return r.dpop(TOKEN, DpopFixture.raw(h, claims(TOKEN), CLIENT, JWSAlgorithm.ES256));
            },
            401,
            P));
    c.add(
        raw(
            "unknown crit header",
            "Dpop",
            r -> {
              Map<String, Object> h =
                  header("ES256", "dpop+jwt", CLIENT.toPublicJWK().toJSONObject());
              h.put("crit", List.of("exp"));
              h.put("exp", 1);
              return r.dpop(TOKEN, DpopFixture.raw(h, claims(TOKEN), CLIENT, JWSAlgorithm.ES256));
            },
            401,
            P));
    c.add(
        raw(
            "jwk of the client, signed by another key",
            "Dpop",
            r -> r.dpop(TOKEN, proof(CLIENT, OTHER, JWSAlgorithm.ES256, "dpop+jwt", claims(TOKEN))),
            401,
            P));
    c.add(
        raw(
            "valid proof by another key",
            "Dpop",
            r -> r.dpop(TOKEN, proof(OTHER, JWSAlgorithm.ES256, claims(TOKEN))),
            401,
            T));
    c.add(
        raw(
            "ES256 with a P-384 key",
            "Dpop",
            r -> {
              String es384 =
                  DpopFixture.raw(
                      header("ES384", "dpop+jwt", CLIENT_384.toPublicJWK().toJSONObject()),
                      claims(TOKEN),
                      CLIENT_384,
                      JWSAlgorithm.ES384);
              String relabelled =
                  DpopFixture.b64(
                      com.nimbusds.jose.util.JSONObjectUtils.toJSONString(
                          header("ES256", "dpop+jwt", CLIENT_384.toPublicJWK().toJSONObject())));
              return r.dpop(TOKEN, relabelled + es384.substring(es384.indexOf('.')));
            },
            401,
            P));
    c.add(
        raw(
            "RS256 with a 1024-bit key",
            "Dpop",
            r -> {
              var weak = DpopFixture.rsa(1024, null);
              String t = dpopToken(weak);
              return r.dpop(t, proof(weak, JWSAlgorithm.RS256, claims(t)));
            },
            401,
            P));
    c.add(
        raw(
            "RS256 with an EC jwk",
            "Dpop",
            r ->
                r.dpop(
                    TOKEN,
                    DpopFixture.raw(
                        header("RS256", "dpop+jwt", CLIENT.toPublicJWK().toJSONObject()),
                        claims(TOKEN),
                        CLIENT_RSA,
                        JWSAlgorithm.RS256)),
            401,
            P));
    c.add(
        raw(
            "tampered payload",
            "Dpop",
            r -> {
              String[] parts = valid().split("\\.");
              Map<String, Object> x = claims(TOKEN);
              x.put("htm", "GET ");
              return r.dpop(
                  TOKEN,
                  parts[0]
                      + "."
                      + DpopFixture.b64(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(x))
                      + "."
                      + parts[2]);
            },
            401,
            P));
    c.add(
        raw(
            "signature stripped",
            "Dpop",
            r -> {
              String v = valid();
              return r.dpop(TOKEN, v.substring(0, v.lastIndexOf('.') + 1));
            },
            401,
            P));
    // The DPoP header itself.
    c.add(
        raw(
            "two DPoP headers",
            "Dpop",
            r -> r.dpop(TOKEN, valid()).header("DPoP", valid()),
            401,
            P));
    c.add(raw("no DPoP header", "Dpop", r -> r.header("Authorization", "DPoP " + TOKEN), 401, P));
    c.add(raw("empty DPoP header", "Dpop", r -> r.dpop(TOKEN, ""), 401, P));
    c.add(
        raw(
            "oversized proof",
            "Dpop",
            r -> r.dpop(TOKEN, "a".repeat(9000) + "." + "b".repeat(10) + ".c"),
            401,
            P));
    c.add(raw("proof with spaces", "Dpop", r -> r.dpop(TOKEN, valid().replace('.', ' ')), 401, P));
    c.add(
        raw("proof of two parts", "Dpop", r -> r.dpop(TOKEN, "eyJhbGciOiJFUzI1NiJ9.e30"), 401, P));
    c.add(raw("proof of five parts (JWE)", "Dpop", r -> r.dpop(TOKEN, "a.b.c.d.e"), 401, P));
    c.add(
        raw(
            "proof with a control character",
            "Dpop",
            r -> r.dpop(TOKEN, valid() + "\u0000"),
            401,
            P));
    // The token and the scheme word.
    c.add(
        raw(
            "DPoP-bound token as Bearer",
            "Dpop",
            r -> r.bearer(TOKEN).header("DPoP", valid()),
            401,
            T));
    c.add(
        raw(
            "DPoP-bound token as Bearer at a plain scheme",
            "Plain",
            r -> r.bearer(TOKEN),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "unbound token with the DPoP scheme",
            "Dpop",
            r -> {
              String t = token(null);
              return r.dpop(t, proof(CLIENT, JWSAlgorithm.ES256, claims(t)));
            },
            401,
            T));
    c.add(raw("unbound token as Bearer", "Dpop", r -> r.bearer(token(null)), 401, T));
    c.add(
        raw(
            "expired DPoP-bound token",
            "Dpop",
            r -> {
              String t = token(Map.of("jkt", DpopFixture.thumbprint(CLIENT)), T0 - 3600);
              return r.dpop(t, proof(CLIENT, JWSAlgorithm.ES256, claims(t)));
            },
            401,
            T));
    c.add(
        raw(
            "cnf not an object",
            "Dpop",
            r -> {
              String t = token(null).isEmpty() ? "" : DpopFixture.token(Map.of("jkt", 1));
              return r.dpop(t, proof(CLIENT, JWSAlgorithm.ES256, claims(t)));
            },
            401,
            T));
    c.add(
        raw(
            "DPoP scheme without token",
            "Dpop",
            r -> r.header("Authorization", "DPoP").header("DPoP", valid()),
            401,
            T));
    c.add(
        raw(
            "two Authorization headers",
            "Dpop",
            r -> r.dpop(TOKEN, valid()).header("Authorization", "DPoP " + TOKEN),
            400,
            "DPoP invalid_request"));
    c.add(raw("no credentials", "Dpop", r -> r, 401, "DPoP"));
    c.add(
        raw("DPoP scheme at a plain scheme", "Plain", r -> r.dpop(TOKEN, valid()), 401, "Bearer"));
    // Certificate-bound tokens.
    c.add(
        raw(
            "certificate of the client",
            "Mtls",
            r -> r.bearer(mtlsToken(CERT_A)).certificate(CERT_A),
            200,
            ""));
    c.add(
        raw(
            "no certificate",
            "Mtls",
            r -> r.bearer(mtlsToken(CERT_A)),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "certificate of another client",
            "Mtls",
            r -> r.bearer(mtlsToken(CERT_A)).certificate(CERT_B),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "PEM joined into one line by the proxy",
            "Mtls",
            r ->
                r.from(PROXY)
                    .bearer(mtlsToken(CERT_A))
                    .header(HEADER, DpopFixture.pem(CERT_A).replace("\n", "")),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "url-encoded PEM from the trusted proxy",
            "Mtls",
            r -> r.from(PROXY).bearer(mtlsToken(CERT_A)).header(HEADER, escaped(CERT_A)),
            200,
            ""));
    c.add(
        raw(
            "base64 DER from the trusted proxy",
            "Mtls",
            r -> {
              try {
                return r.from(PROXY)
                    .bearer(mtlsToken(CERT_A))
                    .header(
                        HEADER, java.util.Base64.getEncoder().encodeToString(CERT_A.getEncoded()));
              } catch (java.security.cert.CertificateEncodingException e) {
                throw new AssertionError(e);
              }
            },
            200,
            ""));
    c.add(
        raw(
            "header spoofed from an untrusted address",
            "Mtls",
            r -> r.from("192.0.2.66").bearer(mtlsToken(CERT_A)).header(HEADER, escaped(CERT_A)),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "header spoofed, with the right TLS certificate too",
            "Mtls",
            r ->
                r.from("192.0.2.66")
                    .certificate(CERT_A)
                    .bearer(mtlsToken(CERT_A))
                    .header(HEADER, "x"),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "header from the proxy with another client's certificate",
            "Mtls",
            r -> r.from(PROXY).bearer(mtlsToken(CERT_A)).header(HEADER, escaped(CERT_B)),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "garbage header from the proxy",
            "Mtls",
            r -> r.from(PROXY).bearer(mtlsToken(CERT_A)).header(HEADER, "not a certificate"),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "two certificate headers from the proxy",
            "Mtls",
            r ->
                r.from(PROXY)
                    .bearer(mtlsToken(CERT_A))
                    .header(HEADER, escaped(CERT_A))
                    .header(HEADER, escaped(CERT_A)),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "proxy without header: the proxy's own TLS certificate does not count",
            "Mtls",
            r -> r.from(PROXY).certificate(CERT_A).bearer(mtlsToken(CERT_A)),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "unbound token with a certificate",
            "Mtls",
            r -> r.bearer(token(null)).certificate(CERT_A),
            401,
            "Bearer invalid_token"));
    c.add(
        raw(
            "DPoP-bound token at the mTLS scheme",
            "Mtls",
            r -> r.bearer(TOKEN).certificate(CERT_A),
            401,
            "Bearer invalid_token"));
    c.add(
        raw("DPoP scheme at the mTLS scheme", "Mtls", r -> r.dpop(TOKEN, valid()), 401, "Bearer"));
    c.add(
        raw(
            "thumbprint in other case",
            "Mtls",
            r -> {
              String x5t = dev.gatehouse.runtime.ClientCertificates.thumbprint(CERT_A);
              String flipped =
                  Character.isUpperCase(x5t.charAt(0))
                      ? x5t.toLowerCase(java.util.Locale.ROOT)
                      : x5t.toUpperCase(java.util.Locale.ROOT);
              return r.bearer(DpopFixture.token(Map.of("x5t#S256", flipped))).certificate(CERT_A);
            },
            401,
            "Bearer invalid_token"));
    // Either binding.
    c.add(raw("either: DPoP proof", "Either", r -> r.dpop(TOKEN, valid()), 200, ""));
    c.add(
        raw(
            "either: certificate",
            "Either",
            r -> r.bearer(mtlsToken(CERT_A)).certificate(CERT_A),
            200,
            ""));
    c.add(
        raw(
            "either: unbound token",
            "Either",
            r -> r.bearer(token(null)),
            401,
            "DPoP invalid_token"));
    c.add(
        raw(
            "either: DPoP-bound token as Bearer with a certificate",
            "Either",
            r -> r.bearer(TOKEN).certificate(CERT_A),
            401,
            "DPoP invalid_token"));
    c.add(
        raw(
            "either: certificate-bound token with another certificate",
            "Either",
            r -> r.bearer(mtlsToken(CERT_A)).certificate(CERT_B),
            401,
            "Bearer invalid_token"));
    c.add(raw("either: no credentials, both challenges", "Either", r -> r, 401, "DPoP"));
    return c.stream();
  }

  static final SenderGatehouse GATEHOUSE = new SenderGatehouse();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedOrAllowedAsCatalogued(Case c) {
    Decision d = c.send().apply(GATEHOUSE);
    if (c.status() == 200) {
      assertThat(d).as(c.name() + ": " + d).isInstanceOf(Decision.Allow.class);
      return;
    }
    assertThat(d).as(c.name()).isInstanceOf(Decision.Deny.class);
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.status()).as(c.name() + ": " + deny).isEqualTo(c.status());
    String[] expected = c.challenge().split(" ", 2);
    String prefix = expected[0] + " realm=\"test\"";
    if (expected.length == 2) {
      String withError = prefix + ", error=\"" + expected[1] + "\"";
      assertThat(deny.challenges())
          .as(c.name() + ": " + deny)
          .anyMatch(ch -> ch.startsWith(withError));
    } else {
      assertThat(deny.challenges())
          .as(c.name() + ": " + deny)
          .contains(
              expected[0].equals("DPoP")
                  ? prefix + ", algs=\"" + SenderGatehouse.ALGS + "\""
                  : prefix);
    }
    for (String challenge : deny.challenges()) {
      if (challenge.startsWith("DPoP ")) {
        assertThat(challenge).endsWith(", algs=\"" + SenderGatehouse.ALGS + "\"");
      }
    }
    // Nothing from the request is echoed.
    assertThat(deny.body()).doesNotContain(TOKEN.substring(0, 20)).doesNotContain("evil");
  }

  static Stream<Arguments> count() {
    return Stream.of(Arguments.of(cases().count()));
  }

  @ParameterizedTest
  @MethodSource
  void count(long cases) {
    assertThat(cases).isGreaterThanOrEqualTo(60);
  }
}
