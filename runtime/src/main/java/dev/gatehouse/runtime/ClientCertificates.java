package dev.gatehouse.runtime;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the client certificate of a certificate-bound token (RFC 8705) comes from: the TLS session
 * the adapter sees ({@link #fromTls()}), or behind a TLS-terminating proxy a request header that
 * only the configured proxy addresses may set ({@link #fromTrustedProxy}).
 *
 * <p>With a trusted proxy configured, a request from any other address that carries the header is
 * refused ({@code invalid_token}): the header is spoofed. The header value is the certificate as
 * PEM, URL-encoded PEM (nginx {@code $ssl_client_escaped_cert}) or base64 DER.
 */
public final class ClientCertificates {
  private static final int MAX_HEADER_CHARS = 16 * 1024;

  private final String header;
  private final Set<String> proxies;

  private ClientCertificates(String header, Set<String> proxies) {
    this.header = header;
    this.proxies = proxies;
  }

  /** The certificate of the TLS session only. */
  public static ClientCertificates fromTls() {
    return new ClientCertificates(null, Set.of());
  }

  /**
   * The certificate of the TLS session, or from {@code header} when the connection comes from one
   * of {@code proxyAddresses} (IP literals as {@link RequestView#remoteAddress()} gives them).
   */
  public static ClientCertificates fromTrustedProxy(String header, Set<String> proxyAddresses) {
    Objects.requireNonNull(header, "header");
    if (header.isBlank() || proxyAddresses.isEmpty()) {
      throw new IllegalArgumentException("a certificate header needs a name and trusted proxies");
    }
    return new ClientCertificates(header, Set.copyOf(proxyAddresses));
  }

  /** The outcome: a certificate, none, or a refusal (a spoofed or unreadable header). */
  public record Found(X509Certificate certificate, String problem) {}

  /** The client's end-entity certificate for this request. */
  public Found of(RequestView request) {
    if (header != null) {
      List<String> values = request.headers(header);
      if (!values.isEmpty()) {
        Optional<String> from = request.remoteAddress();
        if (from.isEmpty() || !proxies.contains(from.get())) {
          return new Found(null, "The client certificate header came from an untrusted address");
        }
        if (values.size() != 1 || values.get(0).length() > MAX_HEADER_CHARS) {
          return new Found(null, "The client certificate header is invalid");
        }
        X509Certificate parsed = parse(values.get(0));
        return parsed == null
            ? new Found(null, "The client certificate header is invalid")
            : new Found(parsed, null);
      }
      if (request.remoteAddress().map(proxies::contains).orElse(false)) {
        // The proxy terminates TLS: no header means no client certificate.
        return new Found(null, null);
      }
    }
    List<X509Certificate> chain = request.clientCertificates();
    return new Found(chain.isEmpty() ? null : chain.get(0), null);
  }

  /** The base64url SHA-256 thumbprint of the DER encoding (RFC 8705 section 3.1). */
  public static String thumbprint(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static X509Certificate parse(String value) {
    try {
      String text = value.trim();
      if (text.indexOf('%') >= 0) {
        text = percentDecode(text);
        if (text == null) {
          return null;
        }
      }
      if (text.startsWith("-----BEGIN CERTIFICATE-----")) {
        return decode(text.getBytes(StandardCharsets.US_ASCII));
      }
      return decode(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException | CertificateException e) {
      return null;
    }
  }

  /** Decodes %XX escapes only ('+' stays '+', as in PEM's base64); null when malformed. */
  private static String percentDecode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 2 >= text.length()) {
        return null;
      }
      int hi = Character.digit(text.charAt(i + 1), 16);
      int lo = Character.digit(text.charAt(i + 2), 16);
      if (hi < 0 || lo < 0 || (hi << 4 | lo) > 0x7e) {
        return null;
      }
      out.append((char) (hi << 4 | lo));
      i += 2;
    }
    return out.toString();
  }

  private static X509Certificate decode(byte[] bytes) throws CertificateException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(bytes));
  }
}
