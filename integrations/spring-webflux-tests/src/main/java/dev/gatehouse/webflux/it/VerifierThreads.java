package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.scheduler.Schedulers;

/**
 * Where the sample's verifiers ran: every verification records its thread, so that tests can assert
 * none ran on a Reactor Netty event loop (a non-blocking thread).
 */
public final class VerifierThreads {
  /** One verification's thread. */
  public record Seen(String thread, boolean nonBlocking) {}

  private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

  private VerifierThreads() {}

  /** Records the current thread. */
  static void record() {
    SEEN.add(new Seen(Thread.currentThread().getName(), Schedulers.isInNonBlockingThread()));
  }

  /**
   * {@code verifier}, recording its thread first; it may block exactly when {@code verifier} may.
   */
  static <C extends Credential> Verifier<C> recorded(Verifier<C> verifier) {
    return new Verifier<>() {
      @Override
      public Verification verify(C credential) throws Exception {
        record();
        return verifier.verify(credential);
      }

      @Override
      public boolean mayBlock() {
        return verifier.mayBlock();
      }
    };
  }

  /** Every verification's thread since the last {@link #clear()}. */
  public static List<Seen> seen() {
    return List.copyOf(SEEN);
  }

  public static void clear() {
    SEEN.clear();
  }
}
