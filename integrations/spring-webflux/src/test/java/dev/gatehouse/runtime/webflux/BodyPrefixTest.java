package dev.gatehouse.runtime.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.spi.BodyBuffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

/** The body's head is read lazily and bounded, and the replay is the whole body, once. */
class BodyPrefixTest {
  private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final int CHUNK = 8 * 1024;

  @Test
  void aSmallBodyIsReadWholeAndReplayedWhole() {
    BodyPrefix body = BodyPrefix.read(chunks("access_token=", "demo-", "&note=hi"));

    assertThat(new String(body.head().block(WAIT), StandardCharsets.US_ASCII))
        .isEqualTo("access_token=demo-&note=hi");
    assertThat(join(body.replay(BUFFERS)))
        .isEqualTo("access_token=demo-&note=hi".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aLargeBodyIsReadOnlyToTheLimitAndTheRestFollowsOnDemand() {
    byte[] whole = new byte[200 * 1024];
    Arrays.fill(whole, (byte) 'a');
    AtomicInteger emitted = new AtomicInteger();
    BodyPrefix body = BodyPrefix.read(chunked(whole).doOnNext(b -> emitted.incrementAndGet()));

    byte[] head = body.head().block(WAIT);

    assertThat(head.length).isBetween(BodyBuffer.READ_LIMIT, BodyBuffer.READ_LIMIT + CHUNK);
    assertThat(emitted.get())
        .as("buffers read before the replay")
        .isEqualTo(head.length / CHUNK + (head.length % CHUNK == 0 ? 0 : 1));
    assertThat(join(body.replay(BUFFERS))).isEqualTo(whole);
  }

  @Test
  void anEmptyBodyHasAnEmptyHeadAndReplay() {
    BodyPrefix body = BodyPrefix.read(Flux.empty());

    assertThat(body.head().block(WAIT)).isEmpty();
    assertThat(join(body.replay(BUFFERS))).isEmpty();
  }

  @Test
  void aBodyFailingBeforeTheLimitFailsTheHead() {
    BodyPrefix body =
        BodyPrefix.read(
            chunks("access_token=").concatWith(Flux.error(new IllegalStateException("reset"))));

    assertThatThrownBy(() -> body.head().block(WAIT)).hasMessageContaining("reset");
  }

  @Test
  void aBodyFailingAfterTheHeadFailsTheReplayAfterTheBytesRead() {
    byte[] big = new byte[BodyBuffer.READ_LIMIT + 10];
    BodyPrefix body =
        BodyPrefix.read(chunked(big).concatWith(Flux.error(new IllegalStateException("reset"))));
    body.head().block(WAIT);
    AtomicInteger bytes = new AtomicInteger();

    assertThatThrownBy(
            () ->
                body.replay(BUFFERS)
                    .doOnNext(b -> bytes.addAndGet(b.readableByteCount()))
                    .doOnNext(DataBufferUtils::release)
                    .blockLast(WAIT))
        .hasMessageContaining("reset");
    assertThat(bytes.get()).isEqualTo(big.length);
  }

  @Test
  void discardingUnreplayedCancelsTheBodyAndAReplayIsForOneReaderOnly() {
    AtomicBoolean cancelled = new AtomicBoolean();
    byte[] big = new byte[BodyBuffer.READ_LIMIT * 2];
    BodyPrefix unread = BodyPrefix.read(chunked(big).doOnCancel(() -> cancelled.set(true)));
    unread.head().block(WAIT);

    unread.discard();

    assertThat(cancelled).isTrue();

    BodyPrefix read = BodyPrefix.read(chunks("note=x"));
    read.head().block(WAIT);
    join(read.replay(BUFFERS));
    read.discard();
    assertThatThrownBy(() -> join(read.replay(BUFFERS))).hasMessageContaining("already read");
  }

  private static Flux<DataBuffer> chunks(String... parts) {
    return Flux.fromArray(parts).map(p -> BUFFERS.wrap(p.getBytes(StandardCharsets.US_ASCII)));
  }

  private static Flux<DataBuffer> chunked(byte[] whole) {
    int n = (whole.length + CHUNK - 1) / CHUNK;
    return Flux.range(0, n)
        .map(
            i ->
                BUFFERS.wrap(
                    Arrays.copyOfRange(whole, i * CHUNK, Math.min(whole.length, (i + 1) * CHUNK))));
  }

  private static byte[] join(Flux<DataBuffer> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.doOnNext(
            b -> {
              byte[] bytes = new byte[b.readableByteCount()];
              b.read(bytes);
              out.writeBytes(bytes);
              DataBufferUtils.release(b);
            })
        .blockLast(WAIT);
    return out.toByteArray();
  }
}
