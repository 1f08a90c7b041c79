package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.StoredUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PasswordHashersTest {
  private static final Argon2idPasswordHasher ARGON = Argon2idPasswordHasher.of(1024, 1, 1);
  private static final BcryptPasswordHasher BCRYPT = BcryptPasswordHasher.withCost(4);
  private static final PasswordHasher PBKDF2 =
      PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);

  @Test
  void argon2idRoundTripsInPhcFormat() {
    String hash = ARGON.hash("correct horse");
    assertThat(hash)
        .matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(ARGON.matches("correct horse", hash)).isTrue();
    assertThat(ARGON.matches("correct horsE", hash)).isFalse();
    assertThat(ARGON.matches("correct horse ", hash)).isFalse();
    assertThat(ARGON.hash("correct horse")).isNotEqualTo(hash);
    assertThat(ARGON.needsRehash(hash)).isFalse();
  }

  @Test
  void argon2idDefaultsAreOwasps() {
    assertThat(Argon2idPasswordHasher.owasp().toString()).contains("m=19456,t=2,p=1");
  }

  @Test
  void argon2idAsksForARehashWhenParametersRise() {
    String weak = ARGON.hash("pw");
    assertThat(Argon2idPasswordHasher.of(2048, 1, 1).needsRehash(weak)).isTrue();
    assertThat(Argon2idPasswordHasher.of(1024, 2, 1).needsRehash(weak)).isTrue();
    assertThat(Argon2idPasswordHasher.of(1024, 2, 1).matches("pw", weak)).isTrue();
    assertThat(ARGON.needsRehash(PBKDF2.hash("pw"))).isTrue();
    assertThat(ARGON.needsRehash("garbage")).isTrue();
  }

  @Test
  void argon2idRefusesMalformedAndUnboundedHashesWithoutThrowing() {
    String hash = ARGON.hash("pw");
    for (String bad :
        List.of(
            "",
            "$argon2id$",
            hash.replace("v=19", "v=16"),
            hash.replace("m=1024", "m=99999999"),
            hash.replace("t=1", "t=1000"),
            hash.replace("m=1024", "m=01024"),
            hash + "=",
            hash.substring(0, hash.length() - 1) + "!",
            "$argon2i$" + hash.substring(10))) {
      assertThat(ARGON.matches("pw", bad)).as(bad).isFalse();
    }
    assertThat(ARGON.matches(null, hash)).isFalse();
    assertThat(ARGON.matches("pw", null)).isFalse();
  }

  @Test
  void passwordsThatCannotBeHashedAreRefused() {
    for (PasswordHasher h : List.of(ARGON, BCRYPT)) {
      assertThatThrownBy(() -> h.hash(""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("\0");
      assertThatThrownBy(() -> h.hash("a\0b")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> h.hash("\ud800")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void bcryptRoundTripsAndNeverTruncates() {
    String hash = BCRYPT.hash("p\u00e4ssword");
    assertThat(hash).startsWith("$2b$04$").hasSize(60);
    assertThat(BCRYPT.matches("p\u00e4ssword", hash)).isTrue();
    assertThat(BCRYPT.matches("password", hash)).isFalse();

    String max = "x".repeat(BcryptPasswordHasher.MAX_PASSWORD_BYTES);
    String longHash = BCRYPT.hash(max);
    assertThat(BCRYPT.matches(max, longHash)).isTrue();
    assertThat(BCRYPT.matches(max + "y", longHash)).isFalse();
    assertThatThrownBy(() -> BCRYPT.hash(max + "y")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bcryptVerifiesHashesOfOtherImplementations() {
    // Spring Security's BCryptPasswordEncoder documentation hash of "password".
    String spring = "$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG";
    assertThat(BCRYPT.matches("password", spring)).isTrue();
    assertThat(BCRYPT.matches("Password", spring)).isFalse();
    assertThat(BcryptPasswordHasher.withCost(10).needsRehash(spring)).isTrue(); // $2a$
  }

  @Test
  void bcryptRefusesMalformedAndCostlyHashes() {
    String hash = BCRYPT.hash("pw");
    for (String bad :
        List.of(
            "",
            "$2b$",
            hash.replace("$04$", "$31$"),
            hash.replace("$04$", "$03$"),
            hash.replace("$2b$", "$2x$"),
            hash.substring(0, 59),
            hash.substring(0, 59) + "\u00e9")) {
      assertThat(BCRYPT.matches("pw", bad)).as(bad).isFalse();
    }
    assertThat(BcryptPasswordHasher.withCost(5).needsRehash(hash)).isTrue();
    assertThat(BCRYPT.needsRehash(hash)).isFalse();
  }

  @Test
  void upgradingVerifiesEveryAlgorithmAndRehashesToTheCurrentOne() {
    PasswordHasher hasher = PasswordHashers.upgrading(ARGON, BCRYPT, PBKDF2);
    String fromPbkdf2 = PBKDF2.hash("pw");
    String fromBcrypt = BCRYPT.hash("pw");
    String current = hasher.hash("pw");

    assertThat(current).startsWith("$argon2id$");
    assertThat(hasher.matches("pw", fromPbkdf2)).isTrue();
    assertThat(hasher.matches("pw", fromBcrypt)).isTrue();
    assertThat(hasher.matches("pw", current)).isTrue();
    assertThat(hasher.matches("nope", fromBcrypt)).isFalse();
    assertThat(hasher.matches("pw", "md5$abc")).isFalse();
    assertThat(hasher.needsRehash(fromPbkdf2)).isTrue();
    assertThat(hasher.needsRehash(fromBcrypt)).isTrue();
    assertThat(hasher.needsRehash(current)).isFalse();
    assertThatThrownBy(
            () -> PasswordHashers.upgrading(ARGON, Argon2idPasswordHasher.of(2048, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void upgradingWithPasswordUsersMovesALegacyAccountToArgon2idAtLogin() {
    PasswordHasher hasher = PasswordHashers.upgrading(ARGON, BCRYPT);
    Map<String, StoredUser> db = new ConcurrentHashMap<>();
    db.put("alice", new StoredUser("alice", BCRYPT.hash("pw"), Set.of(), true));
    PasswordUsers users =
        PasswordUsers.lookingUp(
            hasher,
            n -> Optional.ofNullable(db.get(n)),
            (user, fresh) ->
                db.put(user.name(), new StoredUser(user.name(), fresh, user.scopes(), true)));

    assertThat(users.verify(new BasicCredentials("alice", "pw")).isGranted()).isTrue();

    assertThat(db.get("alice").encodedHash()).startsWith("$argon2id$");
    assertThat(users.verify(new BasicCredentials("alice", "pw")).isGranted()).isTrue();
  }

  @Test
  void dummyHashDefenceRunsTheCurrentAlgorithmForUnknownUsers() {
    for (PasswordHasher current : List.of(ARGON, BCRYPT)) {
      List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
      PasswordHasher recording =
          new PasswordHasher() {
            @Override
            public String hash(char[] password) {
              return current.hash(password);
            }

            @Override
            public boolean matches(String password, String encoded) {
              checked.add(encoded);
              return current.matches(password, encoded);
            }

            @Override
            public boolean needsRehash(String encoded) {
              return current.needsRehash(encoded);
            }
          };
      PasswordUsers users = PasswordUsers.lookingUp(recording, n -> Optional.empty());
      assertThat(users.verify(new BasicCredentials("ghost", "pw")).isGranted()).isFalse();
      assertThat(checked).hasSize(1);
      assertThat(PasswordHashers.algorithm(checked.get(0)))
          .isEqualTo(PasswordHashers.algorithm(current.hash("x")));
    }
  }

  @Test
  void toStringShowsParametersOnly() {
    assertThat(ARGON.toString()).isEqualTo("Argon2idPasswordHasher[m=1024,t=1,p=1]");
    assertThat(BCRYPT.toString()).isEqualTo("BcryptPasswordHasher[cost=4]");
    assertThatThrownBy(() -> Argon2idPasswordHasher.of(4, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BcryptPasswordHasher.withCost(3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
