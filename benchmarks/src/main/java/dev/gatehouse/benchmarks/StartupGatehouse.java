package dev.gatehouse.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One fresh JVM of the start-up benchmark ({@link Startup}): what Gatehouse does to have its
 * document ready, namely read the {@code META-INF/openapi.json} its processor wrote at compile time
 * from the class path into a {@code String} (what a documentation endpoint serves). With argument
 * {@code parse}, the string is also parsed into a Jackson tree, for applications that post-process
 * the document.
 *
 * <p>Prints one line: {@code main=<nanoTime at main> ready=<nanoTime when ready> cpu=<process CPU
 * nanoseconds, read just after ready> bytes=<length> operations=<count> schemes=<count>
 * secured=<count>}, the counts taken after {@code ready} was taken and only with argument {@code
 * verify} (the untimed first run), -1 otherwise, so that the whole process's CPU time is the
 * reading alone. {@code System.nanoTime} is the system-wide monotonic clock on Linux, so the parent
 * can subtract its own reading taken just before it started this process.
 */
public final class StartupGatehouse {
  public static void main(String[] args) throws IOException {
    long main = System.nanoTime();
    boolean parse = List.of(args).contains("parse");
    String document;
    try (InputStream in =
        StartupGatehouse.class.getClassLoader().getResourceAsStream("META-INF/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("no META-INF/openapi.json on the class path");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode tree = parse ? new ObjectMapper().readTree(document) : null;
    long ready = System.nanoTime();
    long cpu = Startup.processCpuNanos();
    String counts = "operations=-1";
    if (List.of(args).contains("verify")) {
      counts = Startup.counts(tree != null ? tree : new ObjectMapper().readTree(document));
    }
    System.out.println(
        "main="
            + main
            + " ready="
            + ready
            + " cpu="
            + cpu
            + " bytes="
            + document.length()
            + " "
            + counts);
  }

  private StartupGatehouse() {}
}
