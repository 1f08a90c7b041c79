package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.json.JsonWriter;

/**
 * Prints the document exactly one way: keys in the order the assembler inserted them, two-space
 * indentation, {@code "key": value}, {@code \n} line ends whatever the platform, UTF-8, and a final
 * newline (see {@link JsonWriter}).
 */
public final class OpenApiWriter {

  /** The document as UTF-8 bytes. */
  public byte[] write(JsonObject document) {
    return JsonWriter.document(document);
  }
}
