package dev.gatehouse.it.soak;

import dev.gatehouse.it.soak.IdentityProvider.SigningKey;
import dev.gatehouse.it.soak.KeepAliveConnection.Response;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * One soak: an identity provider rotating its keys, both servers, client threads sending random
 * requests over keep-alive loopback connections, each answer compared with the {@link Oracle}.
 *
 * <p>Why the oracle is exact while keys rotate: a request holds the read side of {@link #gate} from
 * the moment it picks its credentials until its answer is read, and a rotation step (publish a new
 * key, withdraw the oldest, move the clock 31 s) holds the write side; so every request is built
 * and decided within one step. Before each step the rotation thread sends a probe with the current
 * key's token and waits for its 200: the verifier cannot accept that key before its fetch of this
 * step completed, and the 30 s floor forbids a second fetch in the step, so no fetch started in one
 * step is still running in the next. Within step {@code n} the verifier's key cache therefore holds
 * either the set of step {@code n-1} or that of step {@code n}; the soak uses only keys that decide
 * the same way with both (see {@link IdentityProvider}): current and two previous keys (the current
 * one reached through the unknown-kid refresh when the cache is still the older set), and keys
 * retired at least one step before.
 */
final class SoakRun {
  record Config(int requests, int threads, int rotateEvery, long seed, int serverThreads) {
    /** The last step: request {@code i} is decided in step {@code i / rotateEvery}. */
    int lastStep() {
      return (requests - 1) / rotateEvery;
    }
  }

  record Result(
      Config config,
      int steps,
      int fetches,
      List<Integer> servedSteps,
      long wrong,
      List<String> wrongExamples,
      long ioErrors,
      List<String> ioExamples,
      long serverErrors,
      Map<Integer, Long> statuses,
      Map<String, Long> byCredential,
      long[] latencies,
      long elapsedNanos,
      long heapAfterWarmup,
      long heapAtEnd,
      int probes,
      int reconnects) {}

  private static final Pattern DIGEST_NONCE =
      Pattern.compile("(nonce|opaque)=\"(?:[0-9a-f]{32}|[0-9a-f]{64})\"");
  private static final int EXAMPLES = 20;

  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

  static Result run(Config config) throws Exception {
    return new SoakRun().execute(config);
  }

  private Result execute(Config config) throws Exception {
    SteppingClock clock = new SteppingClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    IdentityProvider idp = new IdentityProvider(clock);
    JwtVerifier jwt = SoakSecurity.jwtVerifier(idp, clock);
    Gatehouse gatehouse = SoakSecurity.gatehouse(jwt);
    SoakServers servers = new SoakServers(gatehouse, config.serverThreads());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    int warmup = Math.min(config.requests(), Math.max(2_000, config.requests() / 5));
    long[] latencies = new long[config.requests()];
    AtomicInteger issued = new AtomicInteger();
    CountDownLatch warmedUp = new CountDownLatch(warmup);
    LongAdder wrong = new LongAdder();
    LongAdder ioErrors = new LongAdder();
    LongAdder serverErrors = new LongAdder();
    List<String> wrongExamples = Collections.synchronizedList(new ArrayList<>());
    List<String> ioExamples = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    Map<String, LongAdder> byCredential = new ConcurrentHashMap<>();
    AtomicInteger reconnects = new AtomicInteger();
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    AtomicInteger probes = new AtomicInteger();

    CountDownLatch stop = new CountDownLatch(1);
    Object stepped = new Object();
    CountDownLatch finished = new CountDownLatch(config.threads());
    CountDownLatch measured = new CountDownLatch(1);
    Thread rotation =
        new Thread(
            () -> {
              try (KeepAliveConnection probe = new KeepAliveConnection(servers.jdkPort())) {
                for (int n = 1; n <= config.lastStep(); n++) {
                  SigningKey next = idp.prepareNext();
                  // Every request of this step has been issued (clients wait for the next one).
                  while (issued.get() < n * config.rotateEvery()) {
                    if (stop.await(2, TimeUnit.MILLISECONDS)) {
                      return;
                    }
                  }
                  probe(probe, idp, wrong, wrongExamples);
                  probes.incrementAndGet();
                  gate.writeLock().lock();
                  try {
                    idp.advance(next);
                  } finally {
                    gate.writeLock().unlock();
                  }
                  synchronized (stepped) {
                    stepped.notifyAll();
                  }
                }
              } catch (Throwable t) {
                crashed.compareAndSet(null, t);
              }
            },
            "soak-rotation");

    List<Thread> clients = new ArrayList<>();
    for (int t = 0; t < config.threads(); t++) {
      SplittableRandom rnd = new SplittableRandom(config.seed() * 31 + t);
      clients.add(
          new Thread(
              () -> {
                KeepAliveConnection jersey = new KeepAliveConnection(servers.jerseyPort());
                KeepAliveConnection jdk = new KeepAliveConnection(servers.jdkPort());
                boolean done = false;
                try {
                  for (int i = issued.getAndIncrement();
                      i < config.requests();
                      i = issued.getAndIncrement()) {
                    boolean toJdk = rnd.nextBoolean();
                    int due = i / config.rotateEvery();
                    synchronized (stepped) {
                      while (idp.step().n() < due && crashed.get() == null) {
                        stepped.wait(100);
                      }
                    }
                    gate.readLock().lock();
                    try {
                      Requests.Built built = Requests.next(rnd, idp.step(), idp);
                      long start = System.nanoTime();
                      Response response =
                          (toJdk ? jdk : jersey).get(built.target(), built.headers());
                      latencies[i] = System.nanoTime() - start;
                      statuses.computeIfAbsent(response.status(), k -> new LongAdder()).increment();
                      if (response.status() >= 500) {
                        serverErrors.increment();
                      }
                      byCredential
                          .computeIfAbsent(
                              built.authLabel() + "\t" + built.expected().status(),
                              k -> new LongAdder())
                          .increment();
                      String problem = mismatch(built.expected(), response);
                      if (problem != null) {
                        wrong.increment();
                        if (wrongExamples.size() < EXAMPLES) {
                          wrongExamples.add(
                              (toJdk ? "jdk " : "jersey ")
                                  + "step "
                                  + idp.step().n()
                                  + ": "
                                  + built.description()
                                  + ": "
                                  + problem);
                        }
                      }
                    } catch (IOException e) {
                      ioErrors.increment();
                      if (ioExamples.size() < EXAMPLES) {
                        ioExamples.add(e.toString());
                      }
                    } finally {
                      gate.readLock().unlock();
                    }
                    warmedUp.countDown();
                  }
                  // Connections stay open until the heap is measured, as they were at warm-up.
                  finished.countDown();
                  done = true;
                  measured.await();
                } catch (Throwable t2) {
                  crashed.compareAndSet(null, t2);
                } finally {
                  if (!done) {
                    finished.countDown();
                  }
                  reconnects.addAndGet(jersey.reconnects() + jdk.reconnects());
                  jersey.close();
                  jdk.close();
                }
              },
              "soak-client-" + t));
    }

    long start = System.nanoTime();
    rotation.start();
    clients.forEach(Thread::start);
    // A crashed thread never counts down: stop waiting then, and report the crash below.
    while (!warmedUp.await(100, TimeUnit.MILLISECONDS) && crashed.get() == null) {
      // waiting for the end of warm-up
    }
    long heapAfterWarmup;
    gate.writeLock().lock();
    try {
      heapAfterWarmup = usedHeapAfterGc(memory);
    } finally {
      gate.writeLock().unlock();
    }
    finished.await();
    long elapsed = System.nanoTime() - start;
    stop.countDown();
    rotation.join();
    // The last step's fetch, too, is complete once its current key is accepted.
    try (KeepAliveConnection last = new KeepAliveConnection(servers.jerseyPort())) {
      probe(last, idp, wrong, wrongExamples);
      probes.incrementAndGet();
    }
    long heapAtEnd = usedHeapAfterGc(memory);
    measured.countDown();
    for (Thread client : clients) {
      client.join();
    }
    servers.close();
    idp.close();
    if (crashed.get() != null) {
      throw new AssertionError("a soak thread failed", crashed.get());
    }
    Map<Integer, Long> statusCounts = new TreeMap<>();
    statuses.forEach((k, v) -> statusCounts.put(k, v.sum()));
    Map<String, Long> credentialCounts = new TreeMap<>();
    byCredential.forEach((k, v) -> credentialCounts.put(k, v.sum()));
    long[] sorted = Arrays.copyOf(latencies, latencies.length);
    Arrays.sort(sorted);
    return new Result(
        config,
        idp.step().n(),
        idp.fetches(),
        idp.servedSteps(),
        wrong.sum(),
        List.copyOf(wrongExamples),
        ioErrors.sum(),
        List.copyOf(ioExamples),
        serverErrors.sum(),
        statusCounts,
        credentialCounts,
        sorted,
        elapsed,
        heapAfterWarmup,
        heapAtEnd,
        probes.get(),
        reconnects.get());
  }

  /**
   * Sends the current key's {@code me} token to {@code /users/me} and expects its 200: from then on
   * this step's key fetch is complete.
   */
  private static void probe(
      KeepAliveConnection connection, IdentityProvider idp, LongAdder wrong, List<String> examples)
      throws IOException {
    IdentityProvider.Step step = idp.step();
    SigningKey current = step.trusted().get(0);
    IdentityProvider.Minted me = current.withKid.get(1);
    Response response =
        connection.get(
            "/users/me",
            List.<String[]>of(new String[] {"Authorization", "Bearer " + me.compact()}));
    String expected =
        "{\"operation\":\"me\",\"user\":\"user-"
            + step.n()
            + "\",\"scheme\":\"OAuth2PasswordBearer\",\"scopes\":\"me\"}";
    if (response.status() != 200 || !response.body().equals(expected)) {
      wrong.increment();
      if (examples.size() < EXAMPLES) {
        examples.add(
            "probe of step "
                + step.n()
                + ": "
                + response.status()
                + " "
                + response.all("WWW-Authenticate")
                + " "
                + response.body());
      }
    }
  }

  /** Null when the answer is the expected one, else what differs. */
  static String mismatch(Oracle.Expected expected, Response response) {
    List<String> challenges = new ArrayList<>();
    for (String c : response.all("WWW-Authenticate")) {
      challenges.add(DIGEST_NONCE.matcher(c).replaceAll("$1=\"*\""));
    }
    List<String> problems = new ArrayList<>();
    if (response.status() != expected.status()) {
      problems.add("status " + response.status() + " instead of " + expected.status());
    }
    if (!challenges.equals(expected.challenges())) {
      problems.add("challenges " + challenges + " instead of " + expected.challenges());
    }
    String expectedDetail = dev.gatehouse.it.Details.detailOf(expected.body());
    String actualDetail = dev.gatehouse.it.Details.detailOf(response.body());
    boolean sameBody =
        expectedDetail != null && actualDetail != null
            ? dev.gatehouse.it.Details.hasHead(actualDetail, expectedDetail)
            : response.body().equals(expected.body());
    if (!sameBody) {
      problems.add("body " + response.body() + " instead of " + expected.body());
    }
    if (expected.status() != 200 && !response.all("Cache-Control").equals(List.of("no-store"))) {
      problems.add("Cache-Control " + response.all("Cache-Control"));
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /** Heap in use after full collections, the least of a few readings. */
  static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      memory.gc();
      Thread.sleep(100);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
