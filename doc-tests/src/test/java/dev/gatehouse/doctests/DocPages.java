package dev.gatehouse.doctests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the documentation lives: README.md and docs/*.md of the repository this module is in. */
final class DocPages {
  private DocPages() {}

  /**
   * The repository root: {@code gatehouse.docs.root} (set by doc-tests/pom.xml), else the nearest
   * folder above the working directory that holds README.md and docs/.
   */
  static Path repositoryRoot() {
    String configured = System.getProperty("gatehouse.docs.root");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no README.md with docs/ beside it above "
            + Path.of("").toAbsolutePath()
            + "; set -Dgatehouse.docs.root");
  }

  /** README.md, then docs/*.md sorted by name, relative to {@code root}. */
  static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>();
    pages.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md"))
          .map(p -> root.relativize(p))
          .sorted()
          .forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The page's name as failures show it: its path with {@code /} separators. */
  static String name(Path page) {
    return page.toString().replace('\\', '/');
  }

  static String read(Path root, Path page) {
    try {
      return Files.readString(root.resolve(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
