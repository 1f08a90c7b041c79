package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.spi.BodyBuffer;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The first bytes of a reactive request body, read without blocking for the form-body bearer
 * transport, and the whole body for the handler: those bytes again, then the rest of the same
 * subscription, never read twice and never buffered whole.
 *
 * <p>One subscription to the body serves both: it requests one buffer at a time until {@link
 * BodyBuffer#READ_LIMIT} bytes (or the end) have been copied, then waits; the replay's demand
 * drives it from there. The copied buffers are released at once, so no pooled memory is held while
 * the decision runs. Whoever reads the head must call {@link #discard()} when the exchange is done,
 * which cancels the body if nobody replayed it.
 */
final class BodyPrefix extends BaseSubscriber<DataBuffer> {
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final Sinks.One<byte[]> headRead = Sinks.one();
  private final AtomicBoolean replayed = new AtomicBoolean();

  /** Guarded by {@code this}: the replay's sink once subscribed, and how the body ended. */
  private FluxSink<DataBuffer> rest;

  private boolean reading = true;
  private boolean ended;
  private Throwable failure;

  private BodyPrefix() {}

  /** Starts reading {@code body}: its head arrives through {@link #head()}. */
  static BodyPrefix read(Flux<DataBuffer> body) {
    BodyPrefix prefix = new BodyPrefix();
    body.subscribe(prefix);
    return prefix;
  }

  /**
   * The bytes read, at least {@link BodyBuffer#READ_LIMIT} unless the body is shorter (a little
   * more when the last buffer crossed the limit); an error when reading failed.
   */
  Mono<byte[]> head() {
    return headRead.asMono();
  }

  /**
   * The whole body as the client sent it, for one subscriber: the bytes read, then the rest. Call
   * only after {@link #head()} has emitted.
   */
  Flux<DataBuffer> replay(DataBufferFactory buffers) {
    return Flux.defer(
        () -> {
          if (!replayed.compareAndSet(false, true)) {
            return Flux.error(new IllegalStateException("the request body was already read"));
          }
          byte[] bytes = bytesRead();
          Flux<DataBuffer> rest = Flux.create(this::attach);
          return bytes.length == 0 ? rest : Flux.concat(Mono.just(buffers.wrap(bytes)), rest);
        });
  }

  private synchronized byte[] bytesRead() {
    return head.toByteArray();
  }

  /** Cancels the body unless a replay took it over; idempotent. */
  void discard() {
    if (replayed.compareAndSet(false, true)) {
      dispose();
    }
  }

  private void attach(FluxSink<DataBuffer> sink) {
    boolean done;
    Throwable error;
    synchronized (this) {
      rest = sink;
      done = ended;
      error = failure;
    }
    if (error != null) {
      sink.error(error);
    } else if (done) {
      sink.complete();
    } else {
      sink.onRequest(this::request);
      sink.onCancel(this::dispose);
    }
  }

  @Override
  protected void hookOnSubscribe(Subscription subscription) {
    subscription.request(1);
  }

  @Override
  protected void hookOnNext(DataBuffer buffer) {
    FluxSink<DataBuffer> sink;
    boolean copied;
    boolean full = false;
    synchronized (this) {
      sink = rest;
      copied = reading;
      if (copied) {
        try {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          head.writeBytes(bytes);
        } finally {
          DataBufferUtils.release(buffer);
        }
        full = head.size() >= BodyBuffer.READ_LIMIT;
        reading = !full;
      }
    }
    if (copied) {
      if (full) {
        headRead.tryEmitValue(bytesRead());
      } else if (!isDisposed()) {
        request(1);
      }
    } else if (sink != null) {
      sink.next(buffer);
    } else {
      // Nothing was requested after the head: a publisher breaking backpressure must not lose
      // data silently, so the body fails instead.
      DataBufferUtils.release(buffer);
      cancel();
      end(new IllegalStateException("the request body sent more than was requested"));
    }
  }

  @Override
  protected void hookOnComplete() {
    end(null);
  }

  @Override
  protected void hookOnError(Throwable error) {
    end(error);
  }

  private void end(Throwable error) {
    FluxSink<DataBuffer> sink;
    boolean wasReading;
    synchronized (this) {
      ended = true;
      failure = error;
      sink = rest;
      wasReading = reading;
      reading = false;
    }
    if (wasReading) {
      if (error != null) {
        headRead.tryEmitError(error);
      } else {
        headRead.tryEmitValue(bytesRead());
      }
    }
    if (sink != null) {
      if (error != null) {
        sink.error(error);
      } else {
        sink.complete();
      }
    }
  }
}
