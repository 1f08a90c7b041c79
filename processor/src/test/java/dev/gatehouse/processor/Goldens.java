package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files under {@code src/test/resources/expected}. Run with {@code -Dgolden.update=true} to
 * rewrite the ones that differ (then review the diff before committing).
 */
final class Goldens {
  private static final Path ROOT = Paths.get("src/test/resources/expected");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Goldens() {}

  /** Compares JSON as trees first (readable diff), then byte for byte. */
  static void assertJsonMatches(String golden, String actual) {
    Path file = ROOT.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      write(file, actual);
    }
    if (!Files.exists(file)) {
      fail(
          "missing golden file %s; run with -Dgolden.update=true to create it",
          file.toAbsolutePath());
    }
    String expected = read(file);
    try {
      assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(actual).as("exact bytes of %s", file).isEqualTo(expected);
  }

  /** Compares text exactly. */
  static void assertTextMatches(String golden, String actual) {
    Path file = ROOT.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      write(file, actual);
    }
    if (!Files.exists(file)) {
      fail(
          "missing golden file %s; run with -Dgolden.update=true to create it",
          file.toAbsolutePath());
    }
    assertThat(actual).as("exact text of %s", file).isEqualTo(read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
