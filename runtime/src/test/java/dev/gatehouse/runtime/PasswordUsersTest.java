package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordUsersTest {

  private static final PasswordHasher REAL =
      PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);
  private static final String ALICE_HASH = REAL.hash("pass");
  private static final String BOB_HASH = REAL.hash("bobs-pass");

  /** Delegates to the real hasher and records what it was asked, to prove the dummy runs. */
  private static final class RecordingHasher implements PasswordHasher {
    final List<String> produced = new CopyOnWriteArrayList<>();
    final List<String> checked = new CopyOnWriteArrayList<>();

    @Override
    public String hash(char[] password) {
      String encoded = REAL.hash(password);
      produced.add(encoded);
      return encoded;
    }

    @Override
    public boolean matches(String password, String encoded) {
      checked.add(encoded);
      return REAL.matches(password, encoded);
    }

    @Override
    public boolean needsRehash(String encoded) {
      return REAL.needsRehash(encoded);
    }
  }

  private RecordingHasher hasher;
  private PasswordUsers users;

  @BeforeEach
  void setUp() {
    hasher = new RecordingHasher();
    users =
        PasswordUsers.builder(hasher)
            .user("alice", ALICE_HASH, Set.of("read", "write"))
            .user("café", REAL.hash("pw"), Set.of())
            .disabled("bob", BOB_HASH)
            .build();
  }

  private Verification verify(String user, String password) {
    return users.verify(new BasicCredentials(user, password));
  }

  private String dummy() {
    assertThat(hasher.produced).hasSize(1);
    return hasher.produced.get(0);
  }

  @Test
  void correctPasswordGrantsTheUserAndScopes() {
    Verification v = verify("alice", "pass");
    assertThat(v.isGranted()).isTrue();
    assertThat(v.principal()).isEqualTo("alice");
    assertThat(v.scopes()).containsExactlyInAnyOrder("read", "write");
    assertThat(hasher.checked).containsExactly(ALICE_HASH);
    assertThat(verify("café", "pw").principal()).isEqualTo("café");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Pass", "PASS", "pass ", " pass", "pas", "passs", "pass\u0000"})
  void wrongPasswordsAreRejectedAfterOneCheck(String password) {
    assertThat(verify("alice", password).isGranted()).isFalse();
    assertThat(hasher.checked).containsExactly(ALICE_HASH);
  }

  @Test
  void unknownUserRunsTheDummyVerificationOnce() {
    String dummy = dummy();
    assertThat(dummy).startsWith("pbkdf2-sha256$10000$").isNotIn(ALICE_HASH, BOB_HASH);
    assertThat(verify("mallory", "pass")).isSameAs(Verification.rejected());
    assertThat(hasher.checked).containsExactly(dummy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Alice", "ALICE", "alice ", " alice", "alic", "alice\u200b", "cafe\u0301"})
  void namesAreMatchedExactlyAndNearMissesTakeTheDummyPath(String name) {
    String dummy = dummy();
    assertThat(verify(name, "pass").isGranted()).isFalse();
    assertThat(hasher.checked).containsExactly(dummy);
  }

  @Test
  void emptyUserNameIsNeverLookedUpButStillCostsOneCheck() {
    List<String> asked = new ArrayList<>();
    PasswordUsers lookup =
        PasswordUsers.lookingUp(
            hasher,
            name -> {
              asked.add(name);
              return Optional.empty();
            });
    assertThat(lookup.verify(new BasicCredentials("", "pass")).isGranted()).isFalse();
    assertThat(asked).isEmpty();
    assertThat(hasher.checked).hasSize(1);
  }

  @Test
  void disabledUserIsRejectedEvenWithTheRightPasswordAfterTheSameWork() {
    assertThat(verify("bob", "bobs-pass")).isSameAs(Verification.rejected());
    assertThat(verify("bob", "wrong")).isSameAs(Verification.rejected());
    assertThat(hasher.checked).containsExactly(BOB_HASH, BOB_HASH);
  }

  @Test
  void everyOutcomeCostsExactlyOneCheckAndTheDummyIsMadeOnce() {
    verify("alice", "pass");
    verify("alice", "wrong");
    verify("bob", "bobs-pass");
    verify("nobody", "pass");
    verify("nobody", "x".repeat(5000)); // over the hasher's cap: still one check
    assertThat(hasher.checked).hasSize(5);
    assertThat(hasher.produced).hasSize(1);
  }

  @Test
  void overLongPasswordsAreRejected() {
    assertThat(verify("alice", "pass" + "x".repeat(5000)).isGranted()).isFalse();
  }

  @Test
  void malformedStoredHashRejectsWithoutThrowing() {
    PasswordUsers broken =
        PasswordUsers.builder(REAL)
            .user("eve", "pbkdf2-sha256$10000$not-base64!$", Set.of())
            .user("zed", "", Set.of())
            .build();
    assertThat(broken.verify(new BasicCredentials("eve", "pass")).isGranted()).isFalse();
    assertThat(broken.verify(new BasicCredentials("zed", "pass")).isGranted()).isFalse();
  }

  @Test
  void lookupVariantGrantsRejectsAndRunsTheDummy() {
    Map<String, StoredUser> db =
        Map.of(
            "alice", new StoredUser("alice", ALICE_HASH, Set.of("read"), true),
            "bob", new StoredUser("bob", BOB_HASH, Set.of("read"), false));
    List<String> asked = Collections.synchronizedList(new ArrayList<>());
    hasher = new RecordingHasher();
    PasswordUsers lookup =
        PasswordUsers.lookingUp(
            hasher,
            name -> {
              asked.add(name);
              return Optional.ofNullable(db.get(name));
            });
    String dummy = dummy();

    Verification v = lookup.verify(new BasicCredentials("alice", "pass"));
    assertThat(v.principal()).isEqualTo("alice");
    assertThat(v.scopes()).containsExactly("read");
    assertThat(lookup.verify(new BasicCredentials("alice", "nope")).isGranted()).isFalse();
    assertThat(lookup.verify(new BasicCredentials("bob", "bobs-pass")).isGranted()).isFalse();
    assertThat(lookup.verify(new BasicCredentials("carol", "pass")).isGranted()).isFalse();
    assertThat(asked).containsExactly("alice", "alice", "bob", "carol");
    assertThat(hasher.checked).containsExactly(ALICE_HASH, ALICE_HASH, BOB_HASH, dummy);
  }

  @Test
  void lookupMatchingLooselyIsTreatedAsUnknown() {
    // A case-insensitive database collation returns alice for "ALICE".
    hasher = new RecordingHasher();
    PasswordUsers lookup =
        PasswordUsers.lookingUp(
            hasher,
            name ->
                name.equalsIgnoreCase("alice")
                    ? Optional.of(new StoredUser("alice", ALICE_HASH, Set.of("read"), true))
                    : Optional.empty());
    String dummy = dummy();
    assertThat(lookup.verify(new BasicCredentials("ALICE", "pass")).isGranted()).isFalse();
    assertThat(hasher.checked).containsExactly(dummy);
    assertThat(lookup.verify(new BasicCredentials("alice", "pass")).isGranted()).isTrue();
  }

  @Test
  void rehashStoresAStrongerHashAfterASuccessfulLoginOnly() {
    PasswordHasher stronger = PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS * 2);
    StoredUser alice = new StoredUser("alice", ALICE_HASH, Set.of("read"), true);
    StoredUser bob = new StoredUser("bob", BOB_HASH, Set.of(), false);
    Map<String, StoredUser> db = Map.of("alice", alice, "bob", bob);
    Map<String, String> stored = new ConcurrentHashMap<>();
    PasswordUsers users =
        PasswordUsers.lookingUp(
            stronger,
            name -> Optional.ofNullable(db.get(name)),
            (user, fresh) -> stored.put(user.name(), fresh));

    assertThat(users.verify(new BasicCredentials("alice", "nope")).isGranted()).isFalse();
    assertThat(users.verify(new BasicCredentials("bob", "bobs-pass")).isGranted()).isFalse();
    assertThat(stored).isEmpty();

    assertThat(users.verify(new BasicCredentials("alice", "pass")).isGranted()).isTrue();
    assertThat(stored).containsOnlyKeys("alice");
    assertThat(stronger.needsRehash(stored.get("alice"))).isFalse();
    assertThat(stronger.matches("pass", stored.get("alice"))).isTrue();
  }

  @Test
  void rehashIsNotAskedForACurrentHashAndItsFailureKeepsTheLogin() {
    List<String> calls = new CopyOnWriteArrayList<>();
    PasswordUsers current =
        PasswordUsers.lookingUp(
            REAL,
            name -> Optional.of(new StoredUser("alice", ALICE_HASH, Set.of(), true)),
            (user, fresh) -> calls.add(fresh));
    assertThat(current.verify(new BasicCredentials("alice", "pass")).isGranted()).isTrue();
    assertThat(calls).isEmpty();

    PasswordUsers failing =
        PasswordUsers.lookingUp(
            PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS * 2),
            name -> Optional.of(new StoredUser("alice", ALICE_HASH, Set.of(), true)),
            (user, fresh) -> {
              throw new IllegalStateException("database down");
            });
    assertThat(failing.verify(new BasicCredentials("alice", "pass")).isGranted()).isTrue();
  }

  @Test
  void lookupFailuresPropagateSoTheRequestFailsClosed() {
    PasswordUsers failing =
        PasswordUsers.lookingUp(
            REAL,
            name -> {
              throw new IllegalStateException("database down");
            });
    assertThatThrownBy(() -> failing.verify(new BasicCredentials("alice", "pass")))
        .isInstanceOf(IllegalStateException.class);
    PasswordUsers nulls = PasswordUsers.lookingUp(REAL, name -> null);
    assertThatThrownBy(() -> nulls.verify(new BasicCredentials("alice", "pass")))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builderRefusesNamesBasicCannotCarryOrThatRepeat() {
    PasswordUsers.Builder builder = PasswordUsers.builder(REAL).user("alice", ALICE_HASH, Set.of());
    Throwable duplicate = catchThrowable(() -> builder.user("alice", BOB_HASH, Set.of()));
    assertThat(duplicate)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alice");
    assertThat(duplicate.getMessage()).doesNotContain(BOB_HASH).doesNotContain(ALICE_HASH);
    for (String bad : List.of("", "a:b", "tab\tname", "del\u007f", "cafe\u0301")) {
      Throwable thrown = catchThrowable(() -> builder.user(bad, BOB_HASH, Set.of()));
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage()).doesNotContain(BOB_HASH);
    }
    assertThat(catchThrowable(() -> builder.disabled("alice", BOB_HASH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringOfEveryTypeRevealsNoHashOrPassword() {
    StoredUser stored = new StoredUser("alice", ALICE_HASH, Set.of("read"), true);
    PasswordUsers.Builder builder = PasswordUsers.builder(REAL).user("alice", ALICE_HASH, Set.of());
    String salt = ALICE_HASH.split("\\$")[2];
    String dummySalt = dummy().split("\\$")[2];
    for (Object o : List.of(stored, users, builder, PasswordUsers.lookingUp(REAL, n -> null))) {
      assertThat(o.toString())
          .doesNotContain(ALICE_HASH)
          .doesNotContain(salt)
          .doesNotContain(dummySalt)
          .doesNotContain("pass");
    }
    assertThat(stored.toString())
        .isEqualTo("StoredUser[name=alice, encodedHash=****, scopes=[read], enabled=true]");
    assertThat(users.toString())
        .isEqualTo("PasswordUsers[in-memory, 3 users, " + hasher + "]")
        .doesNotContain("alice")
        .doesNotContain("bob");
    assertThat(new StoredUser("a\nb", "h", Set.of(), false).toString()).doesNotContain("\n");
  }

  @Test
  void manyThreadsVerifyConcurrently() throws Exception {
    Map<String, Boolean> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      String[][] cases = {
        {"alice", "pass", "alice"},
        {"alice", "Pass", null},
        {"bob", "bobs-pass", null},
        {"nobody", "pass", null},
        {"café", "pw", "café"}
      };
      for (int t = 0; t < 40; t++) {
        String[] c = cases[t % cases.length];
        results.add(
            pool.submit(
                () -> {
                  Verification v = verify(c[0], c[1]);
                  boolean ok = c[2] == null ? !v.isGranted() : c[2].equals(v.principal());
                  outcomes.put(c[0] + ":" + c[1], ok);
                  return ok;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(outcomes).hasSize(5).doesNotContainValue(false);
    assertThat(hasher.checked).hasSize(40);
  }
}
