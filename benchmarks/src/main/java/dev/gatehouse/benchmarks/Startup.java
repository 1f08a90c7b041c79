package dev.gatehouse.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.benchmarks.SyntheticApi.Vocabulary;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Item 4 of issue 9: time to a ready OpenAPI document in a fresh JVM, Gatehouse's static file
 * against swagger-core's runtime {@code Reader}, for synthetic APIs ({@link SyntheticApi}) of
 * several sizes.
 *
 * <p>Set-up (untimed): for each size, the Gatehouse-vocabulary sources are compiled with the
 * Gatehouse processor (which writes {@code META-INF/openapi.json}), and the swagger-vocabulary
 * sources (the same JAX-RS interfaces, security in swagger-annotations) without a processor. Then
 * {@code rounds} rounds; in each, for each size, the variants run in an order rotated by one per
 * round, each a fresh {@code java -cp <classes>:<benchmarks jar> <main>} process:
 *
 * <ul>
 *   <li>{@code G}: {@link StartupGatehouse}, the document read to a {@code String};
 *   <li>{@code P}: {@link StartupGatehouse} {@code parse}, read and parsed to a Jackson tree;
 *   <li>{@code S}: {@link StartupSwagger}, classes loaded, {@code Reader.read}, JSON serialised.
 * </ul>
 *
 * <p>Four times per run: "main to ready", from the first line of {@code main} to the document
 * ready, and "process start to ready", from just before the parent starts the process to the
 * document ready (JVM boot and class loading included), both wall-clock on the system-wide
 * monotonic clock; the JVM's own CPU time (all threads) when the document is ready; and the whole
 * process's CPU time to exit ({@link ChildCpu}). CPU times suffer far less than wall-clock times
 * from other load on a shared machine. In the untimed first run of each variant the child counts,
 * after its clock stopped, the document's operations, security schemes and secured operations,
 * which must be exactly N, 4 and 9N/10; the timed runs do not count.
 *
 * <p>Usage: {@code Startup <java> <benchmarks class path> <work dir> <sizes> <rounds> <gatehouse
 * processor path> <gatehouse class path> <results.md> <results.tsv>}
 */
public final class Startup {

  record Variant(String key, String label, String main, List<String> args) {}

  static final List<Variant> VARIANTS =
      List.of(
          new Variant("G", "Gatehouse, static file to String", "StartupGatehouse", List.of()),
          new Variant(
              "P",
              "Gatehouse, static file parsed to a Jackson tree",
              "StartupGatehouse",
              List.of("parse")),
          new Variant(
              "S", "swagger-core Reader, model serialised to JSON", "StartupSwagger", List.of()));

  /**
   * One run's times, in nanoseconds: main to ready, process start to ready (wall clock), the JVM's
   * CPU time at ready (all threads), and the whole process's CPU time to exit.
   */
  record Times(long inJvm, long fromStart, long cpuAtReady, long cpuProcess) {}

  /** The measures reported, with their labels and accessors. */
  enum Measure {
    JVM("main to ready (wall)"),
    START("process start to ready (wall)"),
    CPU("CPU time of the JVM at ready"),
    PROCESS_CPU("CPU time of the whole process");

    final String label;

    Measure(String label) {
      this.label = label;
    }

    long of(Times t) {
      return switch (this) {
        case JVM -> t.inJvm();
        case START -> t.fromStart();
        case CPU -> t.cpuAtReady();
        case PROCESS_CPU -> t.cpuProcess();
      };
    }
  }

  public static void main(String[] args) throws Exception {
    String java = args[0];
    String benchCp = args[1];
    Path work = Path.of(args[2]);
    List<Integer> sizes = Stream.of(args[3].split(",")).map(Integer::valueOf).toList();
    int rounds = Integer.parseInt(args[4]);
    String ghProc = args[5];
    String ghCp = args[6];

    Map<Integer, Map<Vocabulary, Path>> classes = new LinkedHashMap<>();
    for (int size : sizes) {
      Map<Vocabulary, Path> bySize = new LinkedHashMap<>();
      bySize.put(Vocabulary.GATEHOUSE, build(work, size, Vocabulary.GATEHOUSE, ghCp, ghProc));
      bySize.put(Vocabulary.SWAGGER, build(work, size, Vocabulary.SWAGGER, benchCp, null));
      classes.put(size, bySize);
    }

    Map<Integer, Map<String, List<Times>>> times = new LinkedHashMap<>();
    for (int size : sizes) {
      Map<String, List<Times>> m = new LinkedHashMap<>();
      for (Variant v : VARIANTS) {
        m.put(v.key(), new ArrayList<>());
        run(java, benchCp, classes.get(size), v, size, true); // untimed: page cache, and a check
      }
      times.put(size, m);
    }
    for (int round = 0; round < rounds; round++) {
      for (int size : sizes) {
        for (int k = 0; k < VARIANTS.size(); k++) {
          Variant v = VARIANTS.get((k + round) % VARIANTS.size());
          Times t = run(java, benchCp, classes.get(size), v, size, false);
          times.get(size).get(v.key()).add(t);
          System.out.printf(
              Locale.ROOT,
              "round %d  %5d ops  %s  in JVM %7.1f ms  from start %7.1f ms  cpu at ready %7.1f ms"
                  + "  process cpu %7.1f ms  load %s%n",
              round + 1,
              size,
              v.key(),
              t.inJvm() / 1e6,
              t.fromStart() / 1e6,
              t.cpuAtReady() / 1e6,
              t.cpuProcess() / 1e6,
              CompileTime.load());
        }
      }
    }
    String md = markdown(times);
    System.out.println(md);
    Files.writeString(Path.of(args[7]), md);
    Files.writeString(Path.of(args[8]), tsv(times));
  }

  /** Generates and compiles one vocabulary's API; returns the classes directory. */
  static Path build(Path work, int size, Vocabulary v, String classPath, String processorPath)
      throws Exception {
    Path dir = work.resolve(size + "/" + v.name().toLowerCase(Locale.ROOT));
    CompileTime.deleteRecursively(dir);
    List<Path> sources = SyntheticApi.write(v, size, dir.resolve("src"));
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    Files.createDirectories(dir.resolve("generated"));
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-d",
                out.toString(),
                "-s",
                dir.resolve("generated").toString(),
                "-cp",
                classPath));
    if (processorPath != null) {
      options.addAll(List.of("-processorpath", processorPath, "-Agatehouse.info.title=Synthetic"));
    } else {
      options.add("-proc:none");
    }
    for (Path s : sources) {
      options.add(s.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int exit = javac.run(null, null, null, options.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("compiling the " + v + " API of " + size + " failed");
    }
    if (v == Vocabulary.SWAGGER) {
      List<String> names = new ArrayList<>();
      names.add(SyntheticApi.PACKAGE + ".Schemes");
      names.addAll(SyntheticApi.resourceTypes(v, size));
      Files.writeString(out.resolve("synth/resources.txt"), String.join("\n", names) + "\n");
    }
    return out;
  }

  static Times run(
      String java,
      String benchCp,
      Map<Vocabulary, Path> classes,
      Variant v,
      int size,
      boolean verify)
      throws Exception {
    Path dir = classes.get(v.key().equals("S") ? Vocabulary.SWAGGER : Vocabulary.GATEHOUSE);
    // The API's classes first: the benchmarks jar holds a META-INF/openapi.json of its own.
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                dir + File.pathSeparator + benchCp,
                "dev.gatehouse.benchmarks." + v.main()));
    cmd.addAll(v.args());
    if (verify) {
      cmd.add("verify");
    }
    long cpu = ChildCpu.nanos();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    cpu = ChildCpu.nanos() - cpu;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + output);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    for (String kv : last.split(" ")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        fields.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    String expected =
        verify ? "operations=" + size + " schemes=4 secured=" + size / 10 * 9 : "operations=-1";
    if (!fields.containsKey("ready") || !last.endsWith(" " + expected)) {
      throw new IllegalStateException(v.key() + " for " + size + " printed: " + output);
    }
    long main = Long.parseLong(fields.get("main"));
    long ready = Long.parseLong(fields.get("ready"));
    return new Times(ready - main, ready - start, Long.parseLong(fields.get("cpu")), cpu);
  }

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * {@code operations=<n> schemes=<n> secured=<n>}: the operations under {@code paths}, the
   * security schemes, and the operations with a non-empty {@code security}.
   */
  static String counts(JsonNode document) {
    int operations = 0;
    int secured = 0;
    for (JsonNode item : document.path("paths")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (METHODS.contains(e.getKey())) {
          operations++;
          JsonNode security = e.getValue().path("security");
          if (security.size() > 0 && !(security.size() == 1 && security.get(0).isEmpty())) {
            secured++;
          }
        }
      }
    }
    int schemes = document.path("components").path("securitySchemes").size();
    return "operations=" + operations + " schemes=" + schemes + " secured=" + secured;
  }

  // ---------------------------------------------------------------------------------------------

  static String markdown(Map<Integer, Map<String, List<Times>>> times) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| operations | measured | (G) Gatehouse, to String | (P) Gatehouse, parsed |"
            + " (S) swagger-core Reader | S/G | S/P |\n");
    sb.append("|---:|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, List<Times>>> e : times.entrySet()) {
      for (Measure measure : Measure.values()) {
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        for (Map.Entry<String, List<Times>> v : e.getValue().entrySet()) {
          ms.put(v.getKey(), v.getValue().stream().map(t -> measure.of(t) / 1e6).toList());
        }
        sb.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %s | %s | %s | %s |%n",
                e.getKey(),
                measure.label,
                cell(ms.get("G")),
                cell(ms.get("P")),
                cell(ms.get("S")),
                CompileTime.ratio(ms.get("S"), ms.get("G")),
                CompileTime.ratio(ms.get("S"), ms.get("P"))));
      }
    }
    int n = times.values().iterator().next().get("G").size();
    sb.append("\nCells: median milliseconds of ")
        .append(n)
        .append(" fresh JVMs per variant, interleaved, with the minimum–maximum. Ratios: median of")
        .append(" the per-round ratios, with their minimum–maximum; above 1 means Gatehouse is")
        .append(" ready sooner.\n");
    return sb.toString();
  }

  private static String cell(List<Double> xs) {
    return String.format(
        Locale.ROOT,
        "%.1f ms<br>%.1f–%.1f",
        CompileTime.median(xs),
        xs.stream().min(Comparator.naturalOrder()).orElseThrow(),
        xs.stream().max(Comparator.naturalOrder()).orElseThrow());
  }

  /** size, variant, measure, then one column per round in milliseconds. */
  static String tsv(Map<Integer, Map<String, List<Times>>> times) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, Map<String, List<Times>>> e : times.entrySet()) {
      for (Map.Entry<String, List<Times>> v : e.getValue().entrySet()) {
        for (Measure measure : Measure.values()) {
          sb.append(e.getKey())
              .append('\t')
              .append(v.getKey())
              .append('\t')
              .append(measure.name().toLowerCase(Locale.ROOT));
          for (Times t : v.getValue()) {
            sb.append('\t').append(String.format(Locale.ROOT, "%.3f", measure.of(t) / 1e6));
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** This JVM's CPU time so far, all threads, user and system (Linux: {@code /proc/self/stat}). */
  static long processCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime + stime
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  private Startup() {}
}
