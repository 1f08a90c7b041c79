package dev.gatehouse.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Where one {@code javac} run's time goes (section 3 of {@code docs/performance.md}): the compiler
 * in this process, cold, on the given sources, with javac's task events timed by phase (parse,
 * enter, annotation processing, attribution and code generation, the last two split between the
 * hand-written and the generated classes) and the time spent inside the processors' own {@code
 * init}/{@code process} calls, which the processing phase contains.
 *
 * <p>Phases are measured in CPU time of the compiling thread; {@code wall} and {@code cpu} (all
 * threads of the process: JIT compilers and GC included) are the whole run's.
 *
 * <p>Usage: {@code CompileBreakdown <sources list file> <class path> <processor path, "none" or
 * "floor"> <output dir> [-A options...]} ({@link FloorProcessor} for "floor"); prints one line of
 * {@code phase=milliseconds} pairs. Run it once per measurement in a fresh JVM: the figures are for
 * a cold compiler, as a fresh {@code javac} process is.
 *
 * <p>With {@code -Dcompile.repeat=N} it compiles the same sources N times in this JVM, each time
 * into its own output directory and with the processors loaded again by a fresh class loader (as
 * javac loads them from {@code -processorpath} for every task), and prints one line per
 * compilation, {@code cpu} then being the process CPU time that compilation took: the later lines
 * are a warm compiler's, as in a multi-module Maven build (javac in Maven's JVM) or Gradle's
 * compiler daemon. {@code -Dcompile.reuseLoader=true} keeps one processor class loader for all of
 * them, so that the processor's code warms up too, as in a daemon that caches the loader.
 */
public final class CompileBreakdown {

  /** Phases as javac's task events delimit them. */
  enum Phase {
    PARSE,
    ENTER,
    PROCESSING,
    PROCESSOR,
    ANALYZE_SOURCES,
    ANALYZE_GENERATED,
    GENERATE_SOURCES,
    GENERATE_GENERATED
  }

  // Phases are timed in the CPU time of javac's thread (javac compiles on the calling thread), so
  // that other processes on a shared machine do not inflate them; JIT and GC threads are in the
  // process total only.
  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  /** The processors' class loader of the previous compilation (for compile.reuseLoader). */
  private static ClassLoader sharedLoader;

  private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
  private final Map<Phase, Long> started = new EnumMap<>(Phase.class);
  private final Map<Phase, Integer> depth = new EnumMap<>(Phase.class);

  public static void main(String[] args) throws Exception {
    int repeat = Integer.getInteger("compile.repeat", 1);
    for (int i = 1; i <= repeat; i++) {
      Path out = repeat == 1 ? Path.of(args[3]) : Path.of(args[3]).resolve("run" + i);
      String line = compileOnce(args, out);
      System.out.println(repeat == 1 ? line : "compilation=" + i + " " + line);
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** One compilation into {@code out}; its line of phase timings. */
  private static String compileOnce(String[] args, Path out) throws Exception {
    long start = System.nanoTime();
    // One cold compilation counts the whole process, as before; repeated ones count their own.
    boolean repeated = Integer.getInteger("compile.repeat", 1) > 1;
    long threadStart = repeated ? THREADS.getCurrentThreadCpuTime() : 0;
    long cpuStart = repeated ? processCpu() : 0;
    List<String> sources = Files.readAllLines(Path.of(args[0]));
    String classPath = args[1];
    String processorPath = args[2];
    Path generated = out.resolve("generated");
    Path classes = out.resolve("classes");
    Files.createDirectories(generated);
    Files.createDirectories(classes);
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-Xlint:none",
                "-cp",
                classPath,
                "-d",
                classes.toString(),
                "-s",
                generated.toString()));
    for (int i = 4; i < args.length; i++) {
      options.add(args[i]);
    }
    CompileBreakdown breakdown = new CompileBreakdown();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromStrings(sources);
      if (processorPath.equals("none")) {
        options.add("-proc:none");
      }
      JavacTask task = (JavacTask) javac.getTask(null, files, null, options, null, units);
      if (processorPath.equals("floor")) {
        task.setProcessors(List.of(breakdown.timed(new FloorProcessor())));
      } else if (!processorPath.equals("none")) {
        List<URL> urls = new ArrayList<>();
        for (String entry : processorPath.split(File.pathSeparator)) {
          urls.add(new File(entry).toURI().toURL());
        }
        // As javac loads processors: their own class loader, discovered through ServiceLoader;
        // with -Dcompile.reuseLoader=true one loader for every compilation of this JVM, as a
        // daemon that caches processor class loaders keeps them.
        ClassLoader loader =
            Boolean.getBoolean("compile.reuseLoader") && sharedLoader != null
                ? sharedLoader
                : new URLClassLoader(
                    urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        sharedLoader = loader;
        List<Processor> processors = new ArrayList<>();
        for (Processor p : ServiceLoader.load(Processor.class, loader)) {
          processors.add(breakdown.timed(p));
        }
        task.setProcessors(processors);
      }
      task.addTaskListener(breakdown.listener(generated.toAbsolutePath()));
      ok = task.call();
    }
    long wall = System.nanoTime() - start;
    long cpu = processCpu() - cpuStart;
    StringBuilder line = new StringBuilder(ok ? "ok" : "FAILED");
    for (Phase phase : Phase.values()) {
      line.append(' ')
          .append(phase.name().toLowerCase(Locale.ROOT))
          .append('=')
          .append(breakdown.nanos.getOrDefault(phase, 0L) / 1_000_000);
    }
    line.append(" thread=")
        .append((THREADS.getCurrentThreadCpuTime() - threadStart) / 1_000_000)
        .append(" wall=")
        .append(wall / 1_000_000)
        .append(" cpu=")
        .append(cpu / 1_000_000);
    return line.toString();
  }

  private void begin(Phase phase) {
    int d = depth.merge(phase, 1, Integer::sum);
    if (d == 1) {
      started.put(phase, THREADS.getCurrentThreadCpuTime());
    }
  }

  private void end(Phase phase) {
    int d = depth.merge(phase, -1, Integer::sum);
    if (d == 0) {
      nanos.merge(phase, THREADS.getCurrentThreadCpuTime() - started.get(phase), Long::sum);
    }
  }

  private TaskListener listener(Path generated) {
    return new TaskListener() {
      @Override
      public void started(TaskEvent e) {
        Phase p = phase(e);
        if (p != null) {
          begin(p);
        }
      }

      @Override
      public void finished(TaskEvent e) {
        Phase p = phase(e);
        if (p != null) {
          end(p);
        }
      }

      private Phase phase(TaskEvent e) {
        boolean fromGenerated =
            e.getSourceFile() != null
                && Path.of(e.getSourceFile().toUri()).toAbsolutePath().startsWith(generated);
        return switch (e.getKind()) {
          case PARSE -> Phase.PARSE;
          case ENTER -> Phase.ENTER;
          case ANNOTATION_PROCESSING -> Phase.PROCESSING;
          case ANALYZE -> fromGenerated ? Phase.ANALYZE_GENERATED : Phase.ANALYZE_SOURCES;
          case GENERATE -> fromGenerated ? Phase.GENERATE_GENERATED : Phase.GENERATE_SOURCES;
          default -> null;
        };
      }
    };
  }

  /** {@code p}, with the time of its own calls counted as {@link Phase#PROCESSOR}. */
  private Processor timed(Processor p) {
    return new Processor() {
      @Override
      public Set<String> getSupportedOptions() {
        return p.getSupportedOptions();
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return p.getSupportedAnnotationTypes();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return p.getSupportedSourceVersion();
      }

      @Override
      public void init(ProcessingEnvironment env) {
        begin(Phase.PROCESSOR);
        try {
          p.init(env);
        } finally {
          end(Phase.PROCESSOR);
        }
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        begin(Phase.PROCESSOR);
        try {
          return p.process(annotations, round);
        } finally {
          end(Phase.PROCESSOR);
        }
      }

      @Override
      public Iterable<? extends Completion> getCompletions(
          Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
        return p.getCompletions(element, annotation, member, text);
      }
    };
  }
}
