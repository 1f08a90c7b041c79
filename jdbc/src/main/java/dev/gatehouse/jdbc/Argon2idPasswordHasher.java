package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.PasswordHasher;
import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106), the password hash OWASP recommends, computed by Bouncy Castle's {@code
 * Argon2BytesGenerator}; needs {@code org.bouncycastle:bcprov-jdk18on} on the class path.
 *
 * <p>Hashes are encoded in the PHC string format that libsodium, argon2-cffi and Spring Security
 * read and write: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt (16 bytes) and hash
 * (32 bytes) in standard base64 without padding. The parameters travel in the hash, so raising them
 * later keeps old hashes verifiable and {@link #needsRehash} reports them for rehash-on-login.
 *
 * <p>Verification refuses, without computing anything, a stored hash whose parameters exceed
 * {@value #MAX_MEMORY_KIB} KiB, {@value #MAX_ITERATIONS} passes or {@value #MAX_PARALLELISM} lanes,
 * so one planted hash cannot exhaust the server. Thread-safe; never logs.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
  /** OWASP's first Argon2id configuration: 19 MiB, 2 passes, 1 lane. */
  public static final int DEFAULT_MEMORY_KIB = 19_456;

  public static final int DEFAULT_ITERATIONS = 2;
  public static final int DEFAULT_PARALLELISM = 1;
  public static final int MAX_MEMORY_KIB = 1 << 20;
  public static final int MAX_ITERATIONS = 64;
  public static final int MAX_PARALLELISM = 16;

  private static final String ID = "$argon2id$";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int MAX_ENCODED_CHARS = 200;

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random = new SecureRandom();

  private Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("parallelism must be between 1 and " + MAX_PARALLELISM);
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
    }
    if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException(
          "memory must be between 8 KiB per lane and " + MAX_MEMORY_KIB + " KiB");
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
  }

  /** Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane). */
  public static Argon2idPasswordHasher owasp() {
    return new Argon2idPasswordHasher(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
  }

  /** Argon2id with the given memory (KiB), passes and lanes; use weaker settings only in tests. */
  public static Argon2idPasswordHasher of(int memoryKib, int iterations, int parallelism) {
    return new Argon2idPasswordHasher(memoryKib, iterations, parallelism);
  }

  @Override
  public String hash(char[] password) {
    byte[] bytes = Passwords.utf8(CharBuffer.wrap(password), Passwords.MAX_BYTES);
    if (bytes == null) {
      throw Passwords.refused(Passwords.MAX_BYTES);
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(bytes, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    try {
      return ID
          + "v=19$m="
          + memoryKib
          + ",t="
          + iterations
          + ",p="
          + parallelism
          + "$"
          + b64.encodeToString(salt)
          + "$"
          + b64.encodeToString(hash);
    } finally {
      Arrays.fill(hash, (byte) 0);
    }
  }

  @Override
  public boolean matches(String password, String encoded) {
    Parsed parsed = Parsed.parse(encoded);
    if (parsed == null) {
      return false;
    }
    byte[] bytes = Passwords.utf8(password, Passwords.MAX_BYTES);
    if (bytes == null) {
      return false;
    }
    byte[] actual =
        derive(
            bytes,
            parsed.salt,
            parsed.memoryKib,
            parsed.iterations,
            parsed.parallelism,
            parsed.hash.length);
    try {
      return MessageDigest.isEqual(actual, parsed.hash);
    } finally {
      Arrays.fill(actual, (byte) 0);
    }
  }

  @Override
  public boolean needsRehash(String encoded) {
    Parsed parsed = Parsed.parse(encoded);
    return parsed == null
        || parsed.memoryKib < memoryKib
        || parsed.iterations < iterations
        || parsed.parallelism != parallelism
        || parsed.salt.length < SALT_BYTES
        || parsed.hash.length != HASH_BYTES;
  }

  @Override
  public String toString() {
    return "Argon2idPasswordHasher[m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "]";
  }

  private static byte[] derive(
      byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(password, out);
      return out;
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  /** A well-formed, bounded PHC string, or null. */
  private record Parsed(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    static Parsed parse(String encoded) {
      if (encoded == null || encoded.length() > MAX_ENCODED_CHARS || !encoded.startsWith(ID)) {
        return null;
      }
      String[] parts = encoded.substring(ID.length()).split("\\$", -1);
      if (parts.length != 4 || !parts[0].equals("v=19")) {
        return null;
      }
      String[] params = parts[1].split(",", -1);
      if (params.length != 3
          || !params[0].startsWith("m=")
          || !params[1].startsWith("t=")
          || !params[2].startsWith("p=")) {
        return null;
      }
      int m = number(params[0].substring(2));
      int t = number(params[1].substring(2));
      int p = number(params[2].substring(2));
      if (p < 1
          || p > MAX_PARALLELISM
          || t < 1
          || t > MAX_ITERATIONS
          || m < 8 * p
          || m > MAX_MEMORY_KIB) {
        return null;
      }
      byte[] salt = base64(parts[2]);
      byte[] hash = base64(parts[3]);
      if (salt == null
          || salt.length < 8
          || salt.length > 64
          || hash == null
          || hash.length < 16
          || hash.length > 64) {
        return null;
      }
      return new Parsed(m, t, p, salt, hash);
    }

    private static int number(String digits) {
      if (digits.isEmpty()
          || digits.length() > 8
          || (digits.length() > 1 && digits.charAt(0) == '0')) {
        return -1;
      }
      for (int i = 0; i < digits.length(); i++) {
        if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(digits);
    }

    private static byte[] base64(String text) {
      try {
        byte[] bytes = Base64.getDecoder().decode(text);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).equals(text)
            ? bytes
            : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
