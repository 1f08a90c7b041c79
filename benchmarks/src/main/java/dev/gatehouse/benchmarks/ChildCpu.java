package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) of this process's terminated and reaped children, from {@code
 * /proc/self/stat} ({@code cutime + cstime}, in clock ticks of 10 ms). Read before starting a child
 * and after {@code waitFor()}; the difference is that child's whole CPU time, all threads (JIT, GC)
 * included, which the other load on a shared machine inflates far less than wall-clock time. Linux
 * only; returns -1 elsewhere.
 */
final class ChildCpu {
  /** Linux's USER_HZ, the unit of the times in {@code /proc/<pid>/stat}. */
  private static final long TICK_NANOS = 10_000_000L;

  static long nanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the parenthesised command name, which may itself contain spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // f[0] is field 3 (state); cutime and cstime are fields 16 and 17.
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_NANOS;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private ChildCpu() {}
}
