package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.internal.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;

/**
 * The first bytes of a request body, read for the form-body bearer transport, and a stream that
 * gives the application the whole body unconsumed: those bytes again, then the rest never read.
 * Adapters implement {@link dev.gatehouse.runtime.RequestView#body()} with it.
 *
 * <p>At most {@link #READ_LIMIT} bytes are read, one more than the transport's 64 KiB cap, so that
 * an oversized body is recognised without reading it; adapters never buffer more.
 */
public final class BodyBuffer {

  /** How many bytes adapters read: the form-body cap plus one. */
  public static final int READ_LIMIT = Limits.FORM_BODY_BYTES + 1;

  private final byte[] head;
  private final InputStream replay;

  private BodyBuffer(byte[] head, InputStream replay) {
    this.head = head;
    this.replay = replay;
  }

  /**
   * Reads up to {@link #READ_LIMIT} bytes of {@code body} (null for none).
   *
   * @throws UncheckedIOException when reading fails; the extractor then fails the request closed
   */
  public static BodyBuffer read(InputStream body) {
    if (body == null) {
      return new BodyBuffer(new byte[0], InputStream.nullInputStream());
    }
    try {
      byte[] head = body.readNBytes(READ_LIMIT);
      return new BodyBuffer(head, new SequenceInputStream(new ByteArrayInputStream(head), body));
    } catch (IOException e) {
      throw new UncheckedIOException("the request body could not be read", e);
    }
  }

  /** The bytes read: the whole body when it is at most 64 KiB, else its first 64 KiB + 1. */
  public byte[] head() {
    return head;
  }

  /** The whole body as the client sent it; for the application, read at most once. */
  public InputStream replay() {
    return replay;
  }
}
