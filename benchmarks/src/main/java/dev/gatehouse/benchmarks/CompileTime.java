package dev.gatehouse.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.benchmarks.SyntheticApi.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Item 3 of issue 9: whole-process {@code javac} time on synthetic APIs ({@link SyntheticApi}) of
 * several sizes, interleaved, with and without the Gatehouse processor and against avaje-http's
 * compile-time OpenAPI generator.
 *
 * <p>Variants, each a fresh {@code javac} process with the same flags ({@code --release 17
 * -encoding UTF-8}) and the same {@code javac} executable:
 *
 * <ul>
 *   <li>{@code a}: the Gatehouse-vocabulary sources with {@code -proc:none};
 *   <li>{@code b}: the same sources with the Gatehouse processor and its dependencies on {@code
 *       -processorpath} ({@code -proc:full}); it writes {@code META-INF/openapi.json} and the
 *       credential extractors, which javac then compiles;
 *   <li>{@code c}: the avaje-vocabulary sources with avaje-http's jex generator and swagger-models
 *       on {@code -processorpath}; it writes {@code meta/openapi.json} and a route adapter per
 *       controller, which javac then compiles against avaje-jex;
 *   <li>{@code d}: the avaje-vocabulary sources with {@code -proc:none}, so that the peer's own
 *       overhead ({@code c/d}) can be read beside Gatehouse's ({@code b/a}).
 * </ul>
 *
 * <p>Each size first gets one untimed run of every variant (file cache, and a check that both
 * documents hold exactly the expected number of operations, four security schemes, and nine secured
 * operations in ten). Then {@code rounds} rounds: in each round every size, and within a size the
 * variants in an order rotated by one each round (abcd, bcda, cdab, ...). Measured: wall-clock time
 * from process start to exit, and the process's CPU time ({@link ChildCpu}).
 *
 * <p>More Gatehouse-source variants: {@code e}, {@link FloorProcessor}, the floor of any processor
 * that generates code; {@code f}, the same writing as many (empty) files as Gatehouse's contract
 * requires; and, when an eleventh argument gives its processor path, {@code z}, an earlier build of
 * the Gatehouse processor, so that before and after are measured in one run.
 *
 * <p>Usage: {@code CompileTime <javac> <work dir> <sizes, comma-separated> <rounds> <gatehouse
 * processor path> <gatehouse class path> <peer processor path> <peer class path> <results.md>
 * <results.tsv> [<earlier gatehouse processor path>]}
 */
public final class CompileTime {

  /** One way of compiling one source set. */
  record Variant(String key, String label, Vocabulary vocabulary, boolean processor) {}

  static final List<Variant> VARIANTS =
      List.of(
          new Variant("a", "Gatehouse sources, -proc:none", Vocabulary.GATEHOUSE, false),
          new Variant("b", "Gatehouse sources, Gatehouse processor", Vocabulary.GATEHOUSE, true),
          new Variant("c", "avaje sources, avaje-http generator", Vocabulary.AVAJE, true),
          new Variant("d", "avaje sources, -proc:none", Vocabulary.AVAJE, false),
          new Variant("e", "Gatehouse sources, FloorProcessor", Vocabulary.GATEHOUSE, true),
          new Variant(
              "f",
              "Gatehouse sources, FloorProcessor writing the contract's files",
              Vocabulary.GATEHOUSE,
              true));

  /** Variant {@code z}: another Gatehouse processor (an earlier build), when one is given. */
  static final Variant EARLIER =
      new Variant(
          "z", "Gatehouse sources, earlier Gatehouse processor", Vocabulary.GATEHOUSE, true);

  private final String javac;
  private final Path work;
  private final List<Variant> variants = new ArrayList<>(VARIANTS);
  private String earlierProcessorPath;
  private final Map<Vocabulary, String> processorPath = new LinkedHashMap<>();
  private final Map<Vocabulary, String> classPath = new LinkedHashMap<>();

  CompileTime(String javac, Path work, String ghProc, String ghCp, String peerProc, String peerCp) {
    this.javac = javac;
    this.work = work;
    processorPath.put(Vocabulary.GATEHOUSE, ghProc);
    classPath.put(Vocabulary.GATEHOUSE, ghCp);
    processorPath.put(Vocabulary.AVAJE, peerProc);
    classPath.put(Vocabulary.AVAJE, peerCp);
  }

  public static void main(String[] args) throws Exception {
    String javac = args[0];
    Path work = Path.of(args[1]);
    List<Integer> sizes = Stream.of(args[2].split(",")).map(Integer::valueOf).toList();
    int rounds = Integer.parseInt(args[3]);
    CompileTime bench = new CompileTime(javac, work, args[4], args[5], args[6], args[7]);
    if (args.length > 10 && !args[10].isBlank()) {
      bench.earlierProcessorPath = args[10];
      bench.variants.add(EARLIER);
    }
    // COMPILE_VARIANTS (run.sh), e.g. "abe": only these variants, for a longer run of a few.
    String only = System.getProperty("compile.variants", "");
    if (!only.isBlank()) {
      bench.variants.removeIf(v -> only.indexOf(v.key().charAt(0)) < 0);
    }
    List<Variant> variants = bench.variants;
    Map<Integer, Map<String, List<Double>>> seconds = new LinkedHashMap<>();
    Map<Integer, Map<String, List<Double>>> cpuSeconds = new LinkedHashMap<>();
    for (int size : sizes) {
      bench.generate(size);
      bench.warmUpAndVerify(size);
      Map<String, List<Double>> bySize = new LinkedHashMap<>();
      Map<String, List<Double>> cpuBySize = new LinkedHashMap<>();
      for (Variant v : variants) {
        bySize.put(v.key(), new ArrayList<>());
        cpuBySize.put(v.key(), new ArrayList<>());
      }
      seconds.put(size, bySize);
      cpuSeconds.put(size, cpuBySize);
    }
    for (int round = 0; round < rounds; round++) {
      for (int size : sizes) {
        for (int k = 0; k < variants.size(); k++) {
          Variant v = variants.get((k + round) % variants.size());
          Times t = bench.compile(size, v);
          seconds.get(size).get(v.key()).add(t.wall() / 1e9);
          cpuSeconds.get(size).get(v.key()).add(t.cpu() / 1e9);
          System.out.printf(
              Locale.ROOT,
              "round %d  %5d ops  %s  wall %6.2f s  cpu %6.2f s  load %s%n",
              round + 1,
              size,
              v.key(),
              t.wall() / 1e9,
              t.cpu() / 1e9,
              load());
        }
      }
    }
    String md =
        "Wall-clock time, process start to exit:\n\n"
            + markdown(seconds)
            + "\nCPU time of the javac process (user + system, all threads):\n\n"
            + markdown(cpuSeconds);
    System.out.println(md);
    Files.writeString(Path.of(args[8]), md);
    Files.writeString(Path.of(args[9]), tsv("wall", seconds) + tsv("cpu", cpuSeconds));
  }

  /** Writes both vocabularies' sources for one size, with an argument file listing them. */
  void generate(int size) throws IOException {
    for (Vocabulary v : List.of(Vocabulary.GATEHOUSE, Vocabulary.AVAJE)) {
      Path dir = work.resolve(size + "/" + v.name().toLowerCase(Locale.ROOT));
      deleteRecursively(dir);
      List<Path> files = SyntheticApi.write(v, size, dir.resolve("src"));
      StringBuilder argfile = new StringBuilder();
      for (Path f : files) {
        argfile
            .append('"')
            .append(f.toAbsolutePath().toString().replace("\\", "\\\\"))
            .append("\"\n");
      }
      Files.writeString(dir.resolve("sources.txt"), argfile);
    }
  }

  /** The javac command line of one variant for one size; output goes to a fresh directory. */
  List<String> command(int size, Variant v) throws IOException {
    Path dir = work.resolve(size + "/" + v.vocabulary().name().toLowerCase(Locale.ROOT));
    Path out = dir.resolve("out-" + v.key());
    deleteRecursively(out);
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    List<String> cmd = new ArrayList<>();
    cmd.add(javac);
    cmd.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn", "-Xlint:none"));
    cmd.addAll(List.of("-d", out.resolve("classes").toString()));
    cmd.addAll(List.of("-s", out.resolve("generated").toString()));
    cmd.addAll(List.of("-cp", classPath.get(v.vocabulary())));
    if (v.key().equals("e") || v.key().equals("f")) {
      cmd.addAll(
          List.of(
              "-proc:full",
              "-processorpath",
              ownJar(),
              "-processor",
              FloorProcessor.class.getName()));
      if (v.key().equals("f")) {
        cmd.add("-A" + FloorProcessor.CONTRACT_FILES + "=true");
      }
    } else if (v.processor()) {
      String path = v.key().equals("z") ? earlierProcessorPath : processorPath.get(v.vocabulary());
      cmd.addAll(List.of("-proc:full", "-processorpath", path));
      if (v.vocabulary() == Vocabulary.GATEHOUSE) {
        cmd.add("-Agatehouse.info.title=Synthetic");
      }
    } else {
      cmd.add("-proc:none");
    }
    cmd.add("@" + dir.resolve("sources.txt"));
    return cmd;
  }

  /** The jar (or class folder) this class was loaded from: {@link FloorProcessor}'s path. */
  static String ownJar() {
    try {
      return Path.of(CompileTime.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One compilation's wall-clock and CPU time (all of javac's threads), in nanoseconds. */
  record Times(long wall, long cpu) {}

  /** Runs one compilation. */
  Times compile(int size, Variant v) throws IOException, InterruptedException {
    List<String> cmd = command(size, v);
    Path log = work.resolve(size + "/javac-" + v.key() + ".log");
    long cpu = ChildCpu.nanos();
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    long elapsed = System.nanoTime() - start;
    cpu = ChildCpu.nanos() - cpu;
    if (exit != 0) {
      throw new IllegalStateException(
          "javac failed ("
              + exit
              + ") for "
              + size
              + " "
              + v.key()
              + ": "
              + String.join(" ", cmd)
              + "\n"
              + Files.readString(log));
    }
    return new Times(elapsed, cpu);
  }

  /** One untimed run of each variant, and a check of what the two processors wrote. */
  /** Whether this run compiles variant {@code key} (COMPILE_VARIANTS may leave some out). */
  private boolean runs(String key) {
    return variants.stream().anyMatch(v -> v.key().equals(key));
  }

  void warmUpAndVerify(int size) throws Exception {
    for (Variant v : variants) {
      compile(size, v);
    }
    List<Path> documents = new ArrayList<>();
    if (runs("b")) {
      documents.add(work.resolve(size + "/gatehouse/out-b/classes/META-INF/openapi.json"));
    }
    if (runs("c")) {
      documents.add(work.resolve(size + "/avaje/out-c/classes/meta/openapi.json"));
    }
    if (runs("z")) {
      documents.add(work.resolve(size + "/gatehouse/out-z/classes/META-INF/openapi.json"));
    }
    for (Path doc : documents) {
      int[] counts = count(doc);
      System.out.printf(
          Locale.ROOT,
          "%s: %d operations, %d security schemes, %d with security%n",
          doc,
          counts[0],
          counts[1],
          counts[2]);
      // Nine of each resource's ten operations are secured; search is open.
      if (counts[0] != size || counts[1] != 4 || counts[2] != size / 10 * 9) {
        throw new IllegalStateException(
            doc
                + " holds "
                + counts[0]
                + " operations, "
                + counts[1]
                + " security schemes and "
                + counts[2]
                + " secured operations, expected "
                + size
                + ", 4 and "
                + size / 10 * 9);
      }
    }
    if (Files.exists(work.resolve(size + "/gatehouse/out-a/classes/META-INF/openapi.json"))
        || Files.exists(work.resolve(size + "/avaje/out-d/classes/meta/openapi.json"))) {
      throw new IllegalStateException("-proc:none wrote a document");
    }
    if (runs("e")
        && !Files.exists(work.resolve(size + "/gatehouse/out-e/classes/floor/Generated.class"))) {
      throw new IllegalStateException("the floor processor did not run");
    }
    if (runs("f")) {
      long glue;
      try (Stream<Path> files = Files.walk(work.resolve(size + "/gatehouse/out-f/classes"))) {
        glue = files.filter(f -> f.getFileName().toString().endsWith("_Security.class")).count();
      }
      if (glue != size / 10
          || !Files.exists(work.resolve(size + "/gatehouse/out-f/classes/floor/Schemes.class"))) {
        throw new IllegalStateException(
            "the contract's floor wrote " + glue + " glue classes, expected " + size / 10);
      }
    }
  }

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Operations, security schemes, and operations with a non-empty {@code security}. */
  @SuppressWarnings("unchecked")
  static int[] count(Path document) throws Exception {
    Map<String, Object> doc =
        JSONObjectUtils.parse(Files.readString(document, StandardCharsets.UTF_8));
    int operations = 0;
    int secured = 0;
    for (Object item : ((Map<String, Object>) doc.get("paths")).values()) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) item).entrySet()) {
        if (METHODS.contains(e.getKey())) {
          operations++;
          Object security = ((Map<String, Object>) e.getValue()).get("security");
          if (security instanceof List<?> list
              && !list.isEmpty()
              && !(list.size() == 1 && list.get(0) instanceof Map<?, ?> m && m.isEmpty())) {
            secured++;
          }
        }
      }
    }
    Map<String, Object> components = (Map<String, Object>) doc.get("components");
    Object schemes = components == null ? null : components.get("securitySchemes");
    int schemeCount = schemes instanceof Map<?, ?> m ? m.size() : 0;
    return new int[] {operations, schemeCount, secured};
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /** Per-round ratios x[i] / y[i] (the two ran back to back in the same round). */
  static List<Double> paired(List<Double> x, List<Double> y) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      out.add(x.get(i) / y.get(i));
    }
    return out;
  }

  static String markdown(Map<Integer, Map<String, List<Double>>> seconds) {
    return markdownPeer(seconds) + "\n" + markdownFloor(seconds);
  }

  /**
   * Gatehouse against the floor of any generating processor ({@code e}, {@link FloorProcessor}),
   * and, when they ran, the floor of the contract's files ({@code f}) and an earlier Gatehouse
   * processor ({@code z}), all over (a).
   */
  static String markdownFloor(Map<Integer, Map<String, List<Double>>> seconds) {
    Map<String, List<Double>> first = seconds.values().iterator().next();
    boolean earlier = first.containsKey("z");
    boolean contract = first.containsKey("f");
    // Each column: its header and its cell from one size's measurements, in table order.
    Map<String, Function<Map<String, List<Double>>, String>> columns = new LinkedHashMap<>();
    columns.put("(a) no processor", m -> cell(m.get("a")));
    columns.put("(e) floor: a processor writing one class", m -> cell(m.get("e")));
    if (contract) {
      columns.put("(f) floor writing the contract's files", m -> cell(m.get("f")));
    }
    columns.put("(b) Gatehouse", m -> cell(m.get("b")));
    if (earlier) {
      columns.put("(z) earlier Gatehouse", m -> cell(m.get("z")));
    }
    columns.put("(e)/(a)", m -> ratio(m.get("e"), m.get("a")));
    if (contract) {
      columns.put("(f)/(a)", m -> ratio(m.get("f"), m.get("a")));
      columns.put("(b)/(f)", m -> ratio(m.get("b"), m.get("f")));
    }
    columns.put("(b)/(a)", m -> ratio(m.get("b"), m.get("a")));
    if (earlier) {
      columns.put("(z)/(a)", m -> ratio(m.get("z"), m.get("a")));
      columns.put("(b)/(z)", m -> ratio(m.get("b"), m.get("z")));
    }
    StringBuilder sb = new StringBuilder("| operations |");
    columns.keySet().forEach(header -> sb.append(' ').append(header).append(" |"));
    sb.append("\n|---:|").append("---:|".repeat(columns.size())).append('\n');
    for (Map.Entry<Integer, Map<String, List<Double>>> e : seconds.entrySet()) {
      sb.append(String.format(Locale.ROOT, "| %,d |", e.getKey()));
      columns.values().forEach(c -> sb.append(' ').append(c.apply(e.getValue())).append(" |"));
      sb.append('\n');
    }
    return sb.toString();
  }

  static String markdownPeer(Map<Integer, Map<String, List<Double>>> seconds) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| operations | (a) no processor | (b) Gatehouse | (c) avaje-http | (d) avaje sources,"
            + " no processor | (b)/(a) | (b)/(c) | (c)/(d) |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, List<Double>>> e : seconds.entrySet()) {
      Map<String, List<Double>> m = e.getValue();
      sb.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %s | %s | %s | %s | %s |%n",
              e.getKey(),
              cell(m.get("a")),
              cell(m.get("b")),
              cell(m.get("c")),
              cell(m.get("d")),
              ratio(m.get("b"), m.get("a")),
              ratio(m.get("b"), m.get("c")),
              ratio(m.get("c"), m.get("d"))));
    }
    int n = seconds.values().iterator().next().get("a").size();
    sb.append("\nCells: median seconds of ")
        .append(n)
        .append(" interleaved runs, with the minimum–maximum. Ratios: median of the per-round")
        .append(" ratios (variants of one round ran back to back), with their minimum–maximum.\n");
    return sb.toString();
  }

  private static String cell(List<Double> xs) {
    if (xs == null) {
      return "–"; // a variant COMPILE_VARIANTS left out
    }
    return String.format(
        Locale.ROOT,
        "%.2f s<br>%.2f–%.2f",
        median(xs),
        xs.stream().min(Comparator.naturalOrder()).orElseThrow(),
        xs.stream().max(Comparator.naturalOrder()).orElseThrow());
  }

  static String ratio(List<Double> x, List<Double> y) {
    if (x == null || y == null) {
      return "–";
    }
    List<Double> r = paired(x, y);
    return String.format(
        Locale.ROOT,
        "**%.2f×**<br>%.2f–%.2f",
        median(r),
        r.stream().min(Comparator.naturalOrder()).orElseThrow(),
        r.stream().max(Comparator.naturalOrder()).orElseThrow());
  }

  /** The one-minute load average, for the log. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** size, variant, measure, then one column per round: what {@link RatioChart} reads. */
  static String tsv(String measure, Map<Integer, Map<String, List<Double>>> seconds) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, Map<String, List<Double>>> e : seconds.entrySet()) {
      for (Map.Entry<String, List<Double>> v : e.getValue().entrySet()) {
        sb.append(e.getKey()).append('\t').append(v.getKey()).append('\t').append(measure);
        for (double s : v.getValue()) {
          sb.append('\t').append(String.format(Locale.ROOT, "%.4f", s));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
