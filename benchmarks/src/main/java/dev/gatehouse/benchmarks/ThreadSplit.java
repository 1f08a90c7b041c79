package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a javac process's CPU samples (async-profiler's collapsed stacks, {@code event=cpu}) by
 * who spent them: javac's compiling thread (and, within it, the Gatehouse processor's own calls),
 * the JIT's C1 and C2 compiler threads, the garbage collector, everything else. Prints one line.
 *
 * <p>Usage: {@code ThreadSplit <collapsed> <label>}.
 */
public final class ThreadSplit {
  private ThreadSplit() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ThreadSplit <collapsed> <label>");
    }
    Map<String, Long> split = new LinkedHashMap<>();
    for (String part : new String[] {"javac", "processor", "C1", "C2", "GC", "other", "total"}) {
      split.put(part, 0L);
    }
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      long samples = Long.parseLong(line.substring(space + 1).trim());
      String stack = line.substring(0, space);
      split.merge(part(stack), samples, Long::sum);
      if (stack.contains("gatehouse/processor/SecurityProcessor")) {
        split.merge("processor", samples, Long::sum);
      }
      split.merge("total", samples, Long::sum);
    }
    StringBuilder out = new StringBuilder(args[1]);
    split.forEach(
        (part, samples) -> out.append(String.format(Locale.ROOT, "  %s %d", part, samples)));
    System.out.println(out);
  }

  /** Whose thread a stack is: javac's (its main method at the bottom), the JIT's, the GC's. */
  static String part(String stack) {
    if (stack.startsWith("com/sun/tools/javac/Main.main")) {
      return "javac";
    }
    if (stack.contains("C2Compiler")) {
      return "C2";
    }
    if (stack.contains("Compiler::compile") || stack.contains("C1")) {
      return "C1";
    }
    if (stack.contains("GC") || stack.contains("G1")) {
      return "GC";
    }
    return "other";
  }
}
