package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC;
import static dev.gatehouse.runtime.DecisionFixture.BEARER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_C;
import static dev.gatehouse.runtime.DecisionFixture.KEY_H;
import static dev.gatehouse.runtime.DecisionFixture.KEY_Q;
import static dev.gatehouse.runtime.DecisionFixture.QUERY_BEARER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.spi.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which operations a reactive adapter may decide on an event loop: only those where nothing the
 * decision can reach may block. Verifiers say so themselves ({@link Verifier#mayBlock()}, {@code
 * true} unless they declare otherwise, as every lambda does); the application's own hooks on every
 * decision's path count as blocking, since Gatehouse cannot judge them.
 */
class OperationMayBlockTest {

  /** A verifier that checks memory alone and says so. */
  private static <C extends Credential> Verifier<C> inMemory(Verifier<C> verifier) {
    return new Verifier<>() {
      @Override
      public Verification verify(C credential) throws Exception {
        return verifier.verify(credential);
      }

      @Override
      public boolean mayBlock() {
        return false;
      }
    };
  }

  private static Gatehouse.Builder allInMemory() {
    return allInMemoryBut(inMemory(DecisionFixture.BEARER_VERIFIER));
  }

  /** Every verifier checks memory alone, but {@code bearer}'s. */
  private static Gatehouse.Builder allInMemoryBut(Verifier<BearerToken> bearer) {
    return DecisionFixture.builder()
        .basic(BASIC, inMemory(DecisionFixture.BASIC_VERIFIER))
        .bearer(BEARER, bearer)
        .bearer(QUERY_BEARER, inMemory(DecisionFixture.BEARER_VERIFIER))
        .apiKey(KEY_H, inMemory(DecisionFixture.KEY_VERIFIER))
        .apiKey(KEY_Q, inMemory(DecisionFixture.KEY_VERIFIER))
        .apiKey(KEY_C, inMemory(DecisionFixture.KEY_VERIFIER));
  }

  /** Each operation's signature and whether it may block. */
  private static Map<String, Boolean> mayBlock(Gatehouse gatehouse) {
    Map<String, Boolean> out = new TreeMap<>();
    for (Operation op : gatehouse.operations()) {
      out.put(op.signature(), op.mayBlock());
    }
    return out;
  }

  @Test
  void nothingBlocksWhenEveryVerifierChecksMemoryAlone() {
    assertThat(mayBlock(allInMemory().build())).doesNotContainValue(true).hasSize(19);
  }

  @Test
  void aVerifierThatMayBlockMakesEveryOperationNamingItsSchemeBlock() {
    Gatehouse gatehouse = allInMemoryBut(DecisionFixture.BEARER_VERIFIER).build(); // a lambda
    Map<String, Boolean> blocks = mayBlock(gatehouse);

    // Naming the scheme is enough, as an alternative or beside another scheme.
    assertThat(blocks)
        .containsEntry("bearerRead()", true)
        .containsEntry("keyOrBearer()", true)
        .containsEntry("optionalOrKey()", true)
        .containsEntry("bearerOrQueryBearer()", true)
        .containsEntry("keyHeader()", false)
        .containsEntry("basic()", false)
        .containsEntry("basicOrQueryBearer()", false)
        .containsEntry("open()", false);
  }

  @Test
  void theApplicationsHooksCountAsBlocking() {
    assertThat(mayBlock(allInMemory().listener(event -> {}).build())).doesNotContainValue(false);
    assertThat(mayBlock(allInMemory().refusalRenderer(RefusalRenderer.detail()).build()))
        .doesNotContainValue(false);
    ClientAddressThrottle throttle =
        new ClientAddressThrottle() {
          @Override
          public Duration waitFor(String clientAddress) {
            return Duration.ZERO;
          }

          @Override
          public void failed(String clientAddress) {}
        };
    assertThat(mayBlock(allInMemory().throttleClientAddresses(throttle).build()))
        .doesNotContainValue(false);
  }

  @Test
  void builtInVerifiersSayWhetherTheyMayBlock() {
    HashedApiKeys.Builder few = HashedApiKeys.sha256();
    few.add(HashedApiKeys.sha256Digest("key-1"), "one");
    assertThat(few.build().mayBlock()).isFalse();

    // Every check compares with every stored digest: a large table is too long for an event loop.
    HashedApiKeys.Builder many = HashedApiKeys.sha256();
    for (int i = 0; i <= HashedApiKeys.INLINE_KEYS; i++) {
      many.add(HashedApiKeys.sha256Digest("key-" + i), "user-" + i);
    }
    assertThat(many.build().mayBlock()).isTrue();

    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);
    PasswordUsers users =
        PasswordUsers.builder(hasher).user("u", hasher.hash("p".toCharArray()), Set.of()).build();
    assertThat(users.mayBlock()).as("password hashing").isTrue();
  }

  @Test
  void digestSchemesCountAsBlocking() {
    // Digest's user store and nonce state: always off the event loop.
    String scheme = "HTTPDigest";
    Gatehouse digest =
        Gatehouse.builder()
            .generated(
                List.of(DecisionFixture.scheme(scheme, SchemeKind.DIGEST, "", Extractors.digest())),
                List.of(
                    new DecisionFixture.Endpoint(
                        "com.example.DigestApi",
                        List.of(
                            OperationSecurity.required(
                                "digest()",
                                "GET",
                                "/digest",
                                false,
                                List.of(SchemeRequirement.of(scheme)))),
                        "Doc")))
            .realm("shop")
            .digest(
                scheme, DigestUsers.builder("shop").user("u", "p".toCharArray(), Set.of()).build())
            .build();
    assertThat(mayBlock(digest)).containsEntry("digest()", true);
  }

  @Test
  void theKeyTableBoundIsInclusive() {
    HashedApiKeys.Builder keys = HashedApiKeys.sha256();
    for (int i = 0; i < HashedApiKeys.INLINE_KEYS; i++) {
      keys.add(HashedApiKeys.sha256Digest("key-" + i), "user-" + i);
    }
    assertThat(keys.build().mayBlock()).isFalse();
  }
}
