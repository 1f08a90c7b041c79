package dev.gatehouse.processor.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Class files of one compilation put on the class path of the next, as a library jar would be. */
public final class ClassFiles {
  private ClassFiles() {}

  /** The test's own class path with {@code extra} in front. */
  public static List<File> classpathWith(File extra) {
    List<File> out = new ArrayList<>();
    out.add(extra);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      out.add(new File(entry));
    }
    return out;
  }

  /** Writes a compiled file to {@code target}, creating its directories. */
  public static void copy(JavaFileObject file, Path target) {
    try (InputStream in = file.openInputStream()) {
      Files.createDirectories(target.getParent());
      Files.write(target, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
