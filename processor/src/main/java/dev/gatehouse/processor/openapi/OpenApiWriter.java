package dev.gatehouse.processor.openapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Prints the document exactly one way: keys in the order the assembler inserted them, two-space
 * indentation, {@code "key": value}, {@code \n} line ends whatever the platform, UTF-8, and a final
 * newline.
 */
public final class OpenApiWriter {
  private final ObjectMapper mapper;
  private final DefaultPrettyPrinter printer;

  public OpenApiWriter() {
    this.mapper =
        new ObjectMapper()
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    this.printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
  }

  /** The document as UTF-8 bytes. */
  public byte[] write(JsonNode document) {
    try {
      String text = mapper.writer(printer).writeValueAsString(document);
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
