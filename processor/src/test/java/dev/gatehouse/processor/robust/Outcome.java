package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.gatehouse.processor.SecurityProcessor;
import dev.gatehouse.processor.testing.OpenApiValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One compilation of a corpus input with the Gatehouse processor (and, for round tests, other
 * processors), and the invariant every input must keep: javac ends without an exception from the
 * processor, no diagnostic carries a stack trace or {@code [SecInternalError]}, and either the
 * compilation failed and wrote no {@code META-INF/openapi.json}, or it succeeded and the document
 * is there and valid under the official schema of its version. Every error has a source position,
 * except those about a processor option or the class output, which have none.
 */
final class Outcome {
  static final String OPENAPI = "META-INF/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(");
  private static final List<String> JAX_RS_VERBS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

  final Compilation compilation;

  private Outcome(Compilation compilation) {
    this.compilation = compilation;
  }

  /** The outcome of a compilation made elsewhere (with another class path, say). */
  static Outcome of(Compilation compilation) {
    return new Outcome(compilation);
  }

  /** Compiles; an exception out of javac (a processor crash javac passed on) fails the test. */
  static Outcome compile(
      List<String> options, List<JavaFileObject> sources, Processor... extraProcessors) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new SecurityProcessor());
    processors.addAll(List.of(extraProcessors));
    try {
      return new Outcome(
          Compiler.javac().withProcessors(processors).withOptions(options).compile(sources));
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      throw new AssertionError("javac threw instead of reporting diagnostics:\n" + trace, e);
    }
  }

  boolean succeeded() {
    return compilation.status() == Compilation.Status.SUCCESS;
  }

  List<Diagnostic<? extends JavaFileObject>> errors() {
    return List.copyOf(compilation.errors());
  }

  List<Diagnostic<? extends JavaFileObject>> warnings() {
    return List.copyOf(compilation.warnings());
  }

  /** The document, written or not, also for failed compilations (compile-testing hides those). */
  Optional<String> document() {
    return generatedFile(OPENAPI);
  }

  Optional<String> generatedFile(String path) {
    for (JavaFileObject file : allGeneratedFiles()) {
      if (file.toUri().getPath().endsWith("/" + path)) {
        try (InputStream in = file.openInputStream()) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Optional.empty();
  }

  private List<JavaFileObject> allGeneratedFiles() {
    try {
      java.lang.reflect.Field field = Compilation.class.getDeclaredField("generatedFiles");
      field.setAccessible(true);
      List<JavaFileObject> out = new ArrayList<>();
      for (Object f : (List<?>) field.get(compilation)) {
        out.add((JavaFileObject) f);
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("compile-testing changed", e);
    }
  }

  /** The invariant, for any input: see the class comment. Returns the document when written. */
  Optional<JsonNode> assertInvariant() {
    assertNoCrash();
    if (!succeeded()) {
      assertThat(document()).as("openapi.json written by a failed compilation").isEmpty();
      for (Diagnostic<? extends JavaFileObject> error : errors()) {
        // Only a processor option or the class output has no place in the sources.
        boolean positioned = error.getSource() != null && error.getLineNumber() > 0;
        String message = error.getMessage(Locale.ROOT);
        assertThat(
                positioned
                    || message.startsWith("[SecInvalidOption]")
                    || message.startsWith("[SecWriteFailed]"))
            .as("error without a source position: %s", error)
            .isTrue();
      }
      return Optional.empty();
    }
    String document =
        document().orElseThrow(() -> new AssertionError("no openapi.json after a success"));
    assertValid(document);
    return Optional.of(tree(document));
  }

  /** No exception reached javac or a diagnostic. */
  void assertNoCrash() {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("[SecInternalError]")
          || message.contains("threw an uncaught exception")
          || STACK_FRAME.matcher(message).find()) {
        fail("processor crash reported as a diagnostic:%n%s", d);
      }
    }
  }

  static void assertValid(String document) {
    assertThat(OpenApiValidation.schemaMessages(document))
        .as("official schema messages for%n%s", document)
        .isEmpty();
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation of the document as {@code "GET /path"}, sorted. */
  static TreeSet<String> operations(JsonNode document) {
    TreeSet<String> out = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<String> verbs = path.getValue().fieldNames();
      while (verbs.hasNext()) {
        String verb = verbs.next();
        if (JAX_RS_VERBS.contains(verb)) {
          out.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    return out;
  }

  /** The names of the document's security schemes, sorted. */
  static TreeSet<String> schemes(JsonNode document) {
    TreeSet<String> out = new TreeSet<>();
    document.path("components").path("securitySchemes").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Every diagnostic, one a line, for assertion messages. */
  String diagnostics() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      out.append(d.getKind())
          .append(' ')
          .append(d.getSource() == null ? "-" : d.getSource().getName())
          .append(':')
          .append(d.getLineNumber())
          .append(' ')
          .append(d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
          .append('\n');
    }
    return out.toString();
  }
}
