package dev.gatehouse.runtime.jwt;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Why fetching or reading a remote document failed, in words chosen here, never echoed. */
final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  FetchException(String message) {
    super(message);
  }

  /** The failure inside the completion and execution wrappers of a future. */
  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * A failed fetch in words safe for a log or an exception message: our own sentence, a timeout, or
   * only the exception's class, never a message that could carry fetched text.
   */
  static String describe(Throwable failure) {
    if (failure instanceof FetchException) {
      return failure.getMessage();
    }
    if (failure instanceof java.util.concurrent.TimeoutException
        || failure instanceof java.net.http.HttpTimeoutException) {
      return "it did not answer in time";
    }
    return "it could not be reached (" + failure.getClass().getSimpleName() + ")";
  }
}
