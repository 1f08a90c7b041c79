package dev.gatehouse.doctests;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a sample project as a user's build would: its files written out under their paths, javac
 * with {@code --release 17}, the page's libraries on the class path and the Gatehouse processor on
 * the processor path only.
 */
final class SampleCompiler {
  /** Annotations that make an interface an endpoint interface the processor documents. */
  private static final Set<String> ENDPOINT_ANNOTATIONS =
      Set.of(
          "jakarta.ws.rs.Path",
          "jakarta.ws.rs.GET",
          "jakarta.ws.rs.POST",
          "jakarta.ws.rs.PUT",
          "jakarta.ws.rs.DELETE",
          "jakarta.ws.rs.PATCH",
          "jakarta.ws.rs.HEAD",
          "jakarta.ws.rs.OPTIONS",
          "org.springframework.web.bind.annotation.RequestMapping",
          "org.springframework.web.bind.annotation.GetMapping",
          "org.springframework.web.bind.annotation.PostMapping",
          "org.springframework.web.bind.annotation.PutMapping",
          "org.springframework.web.bind.annotation.DeleteMapping",
          "org.springframework.web.bind.annotation.PatchMapping");

  /** javac's options besides the paths: what the pages tell users to use. */
  static final List<String> OPTIONS =
      List.of("--release", "17", "-parameters", "-Xlint:all,-processing", "-Werror");

  private final ClassPaths paths;
  private final Path work;

  SampleCompiler(ClassPaths paths, Path work) {
    this.paths = paths;
    this.work = work;
  }

  CompiledSample compile(SampleProject project) {
    Path root = work.resolve(project.folderName());
    Path sources = root.resolve("src");
    Path classes = root.resolve("classes");
    Path generated = root.resolve("generated");
    try {
      deleteRecursively(root);
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      Map<Path, SampleFile> byPath = new HashMap<>();
      for (SampleFile file : project.files()) {
        Path target = sources.resolve(file.path()).toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.block().text(), StandardCharsets.UTF_8);
        byPath.put(target, file);
      }
      return run(project, byPath, classes, generated);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + project.displayName() + " to " + root, e);
    }
  }

  private CompiledSample run(
      SampleProject project, Map<Path, SampleFile> byPath, Path classes, Path generated)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Set<String> endpoints = new TreeSet<>();
    try (StandardJavaFileManager files =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        URLClassLoader processorPath = processorLoader()) {
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, paths.classPath());
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(new ArrayList<>(byPath.keySet()));
      JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, OPTIONS, null, units);
      // The processors a build finds on the processor path (META-INF/services), loaded apart
      // from this test's class path.
      List<Processor> processors = new ArrayList<>();
      ServiceLoader.load(Processor.class, processorPath).forEach(processors::add);
      task.setProcessors(processors);
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
              if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
                collectEndpoints(event.getTypeElement(), endpoints);
              }
            }
          });
      task.call();
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = describe(d, byPath);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(text);
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(text);
      }
    }
    Path document = classes.resolve("META-INF/openapi.json");
    return new CompiledSample(
        project,
        errors,
        warnings,
        new ArrayList<>(endpoints),
        Files.isRegularFile(document) ? Optional.of(document) : Optional.empty());
  }

  private URLClassLoader processorLoader() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (Path entry : paths.processorPath()) {
      urls.add(entry.toUri().toURL());
    }
    return new URLClassLoader("processor-path", urls.toArray(URL[]::new), new JdkOnlyClassLoader());
  }

  /** {@code page:line (path:line:column): message}, the page line being where a reader finds it. */
  private static String describe(
      Diagnostic<? extends JavaFileObject> d, Map<Path, SampleFile> byPath) {
    String message = d.getMessage(Locale.ROOT);
    if (d.getSource() == null) {
      return message;
    }
    Path source = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
    SampleFile file = byPath.get(source);
    if (file == null || d.getLineNumber() < 1) {
      return source.getFileName() + ":" + d.getLineNumber() + ": " + message;
    }
    long pageLine = file.block().line() + d.getLineNumber();
    return file.block().page()
        + ":"
        + pageLine
        + " ("
        + file.path()
        + ":"
        + d.getLineNumber()
        + ":"
        + d.getColumnNumber()
        + "): "
        + message;
  }

  private static void collectEndpoints(Element element, Set<String> endpoints) {
    if (element.getKind() == ElementKind.INTERFACE && isEndpoint((TypeElement) element)) {
      endpoints.add(((TypeElement) element).getQualifiedName().toString());
    }
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind().isClass() || enclosed.getKind().isInterface()) {
        collectEndpoints(enclosed, endpoints);
      }
    }
  }

  private static boolean isEndpoint(TypeElement type) {
    if (hasEndpointAnnotation(type)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && hasEndpointAnnotation(member)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEndpointAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (ENDPOINT_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
