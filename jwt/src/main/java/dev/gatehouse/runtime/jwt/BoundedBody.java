package dev.gatehouse.runtime.jwt;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP response body read as strict UTF-8 that stops reading, cancels the exchange and fails as
 * soon as it exceeds a byte limit, or that refuses the body outright.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {
  private final CompletableFuture<String> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final int maxBytes;
  private final String refusal;
  private Flow.Subscription subscription;

  private BoundedBody(int maxBytes, String refusal) {
    this.maxBytes = maxBytes;
    this.refusal = refusal;
  }

  /** Reads at most {@code maxBytes}. */
  static BoundedBody limitedTo(int maxBytes) {
    return new BoundedBody(maxBytes, null);
  }

  /** Reads nothing and fails with {@code reason}. */
  static BoundedBody refusing(String reason) {
    return new BoundedBody(0, reason);
  }

  @Override
  public CompletionStage<String> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (refusal != null) {
      subscription.cancel();
      result.completeExceptionally(new FetchException(refusal));
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + (long) item.remaining() > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(
            new FetchException("the response is larger than " + maxBytes + " bytes"));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      buffer.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    if (result.isDone()) {
      return;
    }
    try {
      result.complete(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(buffer.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      result.completeExceptionally(new FetchException("the response is not UTF-8"));
    }
  }
}
