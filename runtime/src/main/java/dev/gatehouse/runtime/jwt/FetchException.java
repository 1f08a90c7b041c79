package dev.gatehouse.runtime.jwt;

import java.io.IOException;

/** Why fetching or reading a remote key document failed, in words chosen here, never echoed. */
final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  FetchException(String message) {
    super(message);
  }
}
