package dev.gatehouse.runtime.jwt.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.runtime.ClientCertificates;
import dev.gatehouse.runtime.RequestView;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keys, tokens, proofs, certificates and requests for the sender-constrained token tests. */
public final class DpopFixture {
  public static final long T0 = 1_700_000_000L;
  public static final String ISSUER = "https://issuer.test";
  public static final String AUDIENCE = "api://test";
  public static final String URL = "https://api.example.com/accounts";
  public static final String PATH = "/accounts";
  public static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(T0), ZoneOffset.UTC);

  public static final RSAKey ISSUER_KEY = rsa(2048, "issuer");
  public static final ECKey CLIENT = ec(Curve.P_256);
  public static final ECKey OTHER = ec(Curve.P_256);
  public static final ECKey CLIENT_384 = ec(Curve.P_384);
  public static final RSAKey CLIENT_RSA = rsa(2048, null);

  private DpopFixture() {}

  public static JWKSet issuerKeys() {
    return new JWKSet(ISSUER_KEY).toPublicJWKSet();
  }

  public static ECKey ec(Curve curve) {
    try {
      return new ECKeyGenerator(curve).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  public static RSAKey rsa(int bits, String kid) {
    try {
      return new RSAKeyGenerator(bits, bits < 2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  public static String thumbprint(JWK key) {
    try {
      return key.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** An access token with the given {@code cnf} (null for none), valid at T0. */
  public static String token(Map<String, Object> cnf) {
    return token(cnf, T0 + 3600);
  }

  public static String token(Map<String, Object> cnf, long exp) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("alice")
            .audience(AUDIENCE)
            .expirationTime(new Date(exp * 1000))
            .issueTime(new Date(T0 * 1000))
            .claim("scope", "read");
    if (cnf != null) {
      claims.claim("cnf", cnf);
    }
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID("issuer")
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(ISSUER_KEY));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  public static String dpopToken(JWK key) {
    return token(Map.of("jkt", thumbprint(key)));
  }

  public static String mtlsToken(X509Certificate certificate) {
    return token(Map.of("x5t#S256", ClientCertificates.thumbprint(certificate)));
  }

  public static String ath(String token) {
    try {
      return Base64URL.encode(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)))
          .toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The claims of a valid proof for GET {@link #URL} at T0 for {@code token}. */
  public static Map<String, Object> claims(String token) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("htm", "GET");
    claims.put("htu", URL);
    claims.put("iat", T0);
    claims.put("ath", ath(token));
    return claims;
  }

  /** A proof of {@code key}'s public half under {@code alg}, with these claims. */
  public static String proof(JWK key, JWSAlgorithm alg, Map<String, Object> claims) {
    return proof(key, key, alg, "dpop+jwt", claims);
  }

  /** A proof whose header carries {@code shown} and whose signature is made with {@code signer}. */
  public static String proof(
      JWK shown, JWK signWith, JWSAlgorithm alg, String typ, Map<String, Object> claims) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg.getName());
    if (typ != null) {
      header.put("typ", typ);
    }
    if (shown != null) {
      header.put("jwk", shown.toPublicJWK().toJSONObject());
    }
    return raw(header, claims, signWith, alg);
  }

  /** Any header and claims JSON objects, signed with {@code key} under {@code alg}. */
  public static String raw(
      Map<String, Object> header, Map<String, Object> claims, JWK key, JWSAlgorithm alg) {
    String input =
        b64(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(header))
            + "."
            + b64(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(claims));
    try {
      JWSSigner signer =
          key instanceof ECKey ec
              ? new ECDSASigner(ec)
              : key instanceof RSAKey rsa
                  ? new RSASSASigner(rsa.toRSAPrivateKey(), true)
                  : new MACSigner((OctetSequenceKey) key);
      Base64URL signature =
          signer.sign(
              new JWSHeader.Builder(alg).build(), input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + signature;
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  public static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A self-signed client certificate made by keytool. */
  public static X509Certificate certificate(String cn) {
    try {
      File dir = Files.createTempDirectory("gatehouse-mtls").toFile();
      File store = new File(dir, "client.p12");
      Process p =
          new ProcessBuilder(
                  new File(System.getProperty("java.home"), "bin/keytool").getPath(),
                  "-genkeypair",
                  "-alias",
                  "c",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=" + cn,
                  "-validity",
                  "2",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  store.getPath(),
                  "-storepass",
                  "changeit",
                  "-keypass",
                  "changeit")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new AssertionError("keytool failed");
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = new FileInputStream(store)) {
        ks.load(in, "changeit".toCharArray());
      }
      store.delete();
      dir.delete();
      return (X509Certificate) ks.getCertificate("c");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  public static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new AssertionError(e);
    }
  }

  /** A request as an adapter would report it. */
  public static Request request() {
    return new Request();
  }

  /** A mutable {@link RequestView} for tests. */
  public static final class Request implements RequestView {
    String method = "GET";
    String path = PATH;
    String url = URL;
    final List<String[]> headers = new ArrayList<>();
    List<X509Certificate> certificates = List.of();
    String remote = "192.0.2.10";

    public Request method(String method) {
      this.method = method;
      return this;
    }

    public Request url(String url) {
      this.url = url;
      return this;
    }

    public Request path(String path) {
      this.path = path;
      return this;
    }

    public Request header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    public Request dpop(String token, String proof) {
      return header("Authorization", "DPoP " + token).header("DPoP", proof);
    }

    public Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Request certificate(X509Certificate certificate) {
      this.certificates = List.of(certificate);
      return this;
    }

    public Request from(String address) {
      this.remote = address;
      return this;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String path() {
      return path;
    }

    @Override
    public Optional<String> rawQuery() {
      return Optional.empty();
    }

    @Override
    public List<String> headers(String name) {
      List<String> out = new ArrayList<>();
      for (String[] h : headers) {
        if (h[0].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          out.add(h[1]);
        }
      }
      return out;
    }

    @Override
    public Optional<String> requestUrl() {
      return Optional.ofNullable(url);
    }

    @Override
    public List<X509Certificate> clientCertificates() {
      return certificates;
    }

    @Override
    public Optional<String> remoteAddress() {
      return Optional.ofNullable(remote);
    }
  }
}
