package dev.gatehouse.doctests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits this module's test class path into the two paths a user's build has: the compile class
 * path (Gatehouse's annotations and runtime and the libraries the pages use) and the annotation
 * processor path (the processor and the libraries it runs on), which never meet.
 *
 * @param classPath what a sample is compiled against
 * @param processorPath where javac looks for annotation processors
 */
record ClassPaths(List<Path> classPath, List<Path> processorPath) {
  /** Classes of the processor's own jar and of its private dependencies (processor/pom.xml). */
  private static final List<String> PROCESSOR_ONLY =
      List.of("dev.gatehouse.processor.SecurityProcessor", "com.palantir.javapoet.JavaFile");

  /** Classes of the jars the processor runs on that a user's class path may have too. */
  private static final List<String> PROCESSOR_SHARED =
      List.of("dev.gatehouse.annotations.ApiKeyHeader");

  ClassPaths {
    classPath = List.copyOf(classPath);
    processorPath = List.copyOf(processorPath);
  }

  /** The split of this JVM's class path. */
  static ClassPaths ofThisTest() {
    Set<Path> processorOnly = new LinkedHashSet<>();
    for (String name : PROCESSOR_ONLY) {
      processorOnly.add(locationOf(name));
    }
    Set<Path> processorPath = new LinkedHashSet<>(processorOnly);
    for (String name : PROCESSOR_SHARED) {
      processorPath.add(locationOf(name));
    }
    List<Path> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      if (!entry.isEmpty() && !processorOnly.contains(path)) {
        classPath.add(path);
      }
    }
    return new ClassPaths(classPath, new ArrayList<>(processorPath));
  }

  private static Path locationOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClassPaths.class.getClassLoader());
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .normalize();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(
          className + " is not on the doc-tests class path; see doc-tests/pom.xml", e);
    }
  }
}
