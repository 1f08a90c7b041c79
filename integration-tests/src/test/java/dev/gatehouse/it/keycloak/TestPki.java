package dev.gatehouse.it.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority for the TLS tests, made once per JVM by the JDK's {@code
 * keytool} in a temporary directory: the CA, one server certificate for {@code 127.0.0.1} and
 * {@code localhost} (Keycloak's HTTPS listener and the Gatehouse-protected API both use it), and
 * two client certificates. Every key store is PKCS #12 with the same test password.
 */
final class TestPki {
  /** The server certificate's key store. */
  static final String SERVER = "server";

  /** The client whose certificate Keycloak binds tokens to. */
  static final String CLIENT_A = "client-a";

  /** Another client of the same CA. */
  static final String CLIENT_B = "client-b";

  /** Protects only these throw-away stores; never a real secret. */
  private static final String PASSWORD = "gatehouse-test-pki";

  private static TestPki shared;

  private final Path dir;

  private TestPki(Path dir) {
    this.dir = dir;
  }

  /** The JVM's test CA, created on first use and deleted when the JVM exits. */
  static synchronized TestPki shared() {
    if (shared == null) {
      shared = create();
    }
    return shared;
  }

  private static TestPki create() {
    long begin = System.nanoTime();
    try {
      Path dir = Files.createTempDirectory("gatehouse-pki");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "pki-delete"));
      TestPki pki = new TestPki(dir);
      pki.keytool(
          "-genkeypair",
          "-alias",
          "ca",
          "-keyalg",
          "EC",
          "-groupname",
          "secp256r1",
          "-dname",
          "CN=Gatehouse Test CA",
          "-ext",
          "BC:c=ca:true",
          "-ext",
          "KU:c=keyCertSign,cRLSign",
          "-validity",
          "2",
          "-keystore",
          pki.store("ca"));
      X509Certificate ca = (X509Certificate) load(Paths.get(pki.store("ca"))).getCertificate("ca");
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", ca);
      store(trust, pki.trustStore());
      // keytool starts a JVM per step: the three certificates are issued side by side.
      CompletableFuture.allOf(
              CompletableFuture.runAsync(
                  () -> pki.issue(SERVER, ca, "serverAuth", "SAN=ip:127.0.0.1,dns:localhost")),
              CompletableFuture.runAsync(() -> pki.issue(CLIENT_A, ca, "clientAuth", null)),
              CompletableFuture.runAsync(() -> pki.issue(CLIENT_B, ca, "clientAuth", null)))
          .join();
      System.out.printf(
          "Test CA and certificates made by keytool in %.1f s%n",
          (System.nanoTime() - begin) / 1e9);
      return pki;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key pair signed by the CA, stored with its chain under the alias {@code name}. */
  private void issue(
      String name, X509Certificate ca, String extendedKeyUsage, String subjectAltName) {
    Path request = dir.resolve(name + ".csr");
    Path certificate = dir.resolve(name + ".pem");
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-validity",
        "2",
        "-keystore",
        store(name));
    keytool("-certreq", "-alias", name, "-keystore", store(name), "-file", request.toString());
    List<String> sign =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                store("ca"),
                "-infile",
                request.toString(),
                "-outfile",
                certificate.toString(),
                "-validity",
                "2",
                "-ext",
                "KU:c=digitalSignature",
                "-ext",
                "EKU=" + extendedKeyUsage));
    if (subjectAltName != null) {
      sign.addAll(List.of("-ext", subjectAltName));
    }
    keytool(sign.toArray(String[]::new));
    try (InputStream in = Files.newInputStream(certificate)) {
      X509Certificate signed =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore keys = load(keyStore(name));
      keys.setKeyEntry(
          name,
          keys.getKey(name, PASSWORD.toCharArray()),
          PASSWORD.toCharArray(),
          new Certificate[] {signed, ca});
      store(keys, keyStore(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void store(KeyStore keys, Path file) throws GeneralSecurityException {
    try (OutputStream out = Files.newOutputStream(file)) {
      keys.store(out, PASSWORD.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PKCS #12 key store of {@code name}: its key, its certificate and the CA's. */
  Path keyStore(String name) {
    return Paths.get(store(name));
  }

  /** The PKCS #12 trust store holding the CA certificate. */
  Path trustStore() {
    return dir.resolve("trust.p12");
  }

  /** The password of every store. */
  String password() {
    return PASSWORD;
  }

  /** The certificate of {@code name}. */
  X509Certificate certificate(String name) {
    try {
      return (X509Certificate) load(keyStore(name)).getCertificate(name);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A TLS context trusting the CA and presenting the certificate of {@code name}, or none when
   * {@code name} is null.
   */
  SSLContext sslContext(String name) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(trustStore()));
      KeyManagerFactory keys = null;
      if (name != null) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore(name)), PASSWORD.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyStore load(Path file) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store;
  }

  private String store(String name) {
    return dir.resolve(name + ".p12").toString();
  }

  private void keytool(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
    // A short-lived JVM: the C1 compiler and the serial collector start it about twice as fast.
    command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    command.addAll(List.of(arguments));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory; the OS cleans it eventually
    }
  }
}
