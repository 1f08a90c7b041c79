package dev.gatehouse.webflux.it;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sample's bearer verifier waits on for tokens starting {@code block-}: a verifier that
 * blocks, as one fetching a JWKS or querying a database does, held until a test opens the gate.
 */
public final class BlockingGate {
  private static volatile CountDownLatch gate = new CountDownLatch(0);
  private static final AtomicInteger WAITING = new AtomicInteger();

  private BlockingGate() {}

  /** Closes the gate: {@code block-} tokens wait from now on. */
  public static void close() {
    gate = new CountDownLatch(1);
  }

  /** Opens the gate, releasing every waiting verification. */
  public static void open() {
    gate.countDown();
  }

  /** How many verifications are waiting at the gate now. */
  public static int waiting() {
    return WAITING.get();
  }

  /** Blocks the calling thread until the gate opens (at most 30 s). */
  static void pass() throws InterruptedException {
    WAITING.incrementAndGet();
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the gate stayed closed");
      }
    } finally {
      WAITING.decrementAndGet();
    }
  }
}
