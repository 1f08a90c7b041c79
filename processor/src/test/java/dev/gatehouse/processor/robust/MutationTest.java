package dev.gatehouse.processor.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/**
 * A randomised mutator over valid sources: with a fixed seed, each variant deletes, duplicates or
 * swaps a token, deletes or duplicates a line, or replaces a string literal, and the processor must
 * keep the invariant of {@link Outcome} on it. When a variant compiles, its document must also be
 * complete: it has as many operations as an independent oracle processor counts (JAX-RS methods of
 * {@code @Path} interfaces, inherited ones included).
 *
 * <p>{@code -Dgatehouse.robust.mutants=N} sets the number of variants per seed file (default 100),
 * {@code -Dgatehouse.robust.seed=S} the random seed (default 20261126).
 */
class MutationTest {
  private static final int MUTANTS = Integer.getInteger("gatehouse.robust.mutants", 100);
  private static final long SEED = Long.getLong("gatehouse.robust.seed", 20261126L);
  private static final List<String> SEEDS =
      List.of(
          "robust/mutation/MutationSeed.java",
          "robust/cases/GenericInheritedOperations.java",
          "robust/cases/Ünïcode.java");
  private static final Pattern TOKEN =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|/\\*\\*?(?:.|\\n)*?\\*/|//[^\\n]*|\\w+|\\S");
  private static final List<String> ODD_STRINGS =
      List.of(
          "",
          " ",
          "{",
          "}",
          "{a}{a}",
          "/{x",
          "<error>",
          "\\u0000",
          "é",
          "🦄",
          "\\u200b",
          "a b",
          "\"",
          "\\\\",
          "https://",
          "http://evil.example",
          "::",
          "..",
          "*/");

  @Test
  void mutantsOfValidSourcesKeepTheInvariant() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int compiled = 0;
    int failed = 0;
    for (String seed : SEEDS) {
      String original = read(seed);
      String typeName = typeName(seed, original);
      for (int i = 0; i < MUTANTS; i++) {
        Mutant mutant = mutate(original, random);
        OperationOracle oracle = new OperationOracle();
        String label = seed + " #" + i + " (" + mutant.description() + ")";
        try {
          Outcome outcome =
              Outcome.compile(
                  List.of(),
                  List.of(JavaFileObjects.forSourceString(typeName, mutant.source())),
                  oracle);
          var document = outcome.assertInvariant();
          if (document.isPresent()) {
            compiled++;
            assertComplete(document.get(), oracle.operations);
          } else {
            failed++;
          }
        } catch (AssertionError e) {
          failures.add(label + ": " + e.getMessage() + "\n--- variant ---\n" + mutant.source());
        }
      }
    }

    System.out.printf(
        "MutationTest: seed %d, %d variants, %d compiled (document complete and valid),"
            + " %d failed (positioned errors, no document), %d broke the invariant%n",
        SEED, SEEDS.size() * MUTANTS, compiled, failed, failures.size());
    assertThat(failures).as("variants that broke the invariant").isEmpty();
    // The mutator must produce both outcomes, or it tests only one side of the invariant.
    assertThat(compiled).as("variants that compiled").isPositive();
    assertThat(failed).as("variants that failed").isPositive();
  }

  private static void assertComplete(JsonNode document, int expectedOperations) {
    assertThat(Outcome.operations(document))
        .as("operations in the document")
        .hasSize(expectedOperations);
  }

  record Mutant(String source, String description) {}

  static Mutant mutate(String source, Random random) {
    int kind = random.nextInt(6);
    if (kind < 2) {
      List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      if (kind == 0) {
        lines.remove(at);
        return new Mutant(
            String.join("\n", lines), "delete line " + (at + 1) + ": " + line.strip());
      }
      lines.add(at, line);
      return new Mutant(
          String.join("\n", lines), "duplicate line " + (at + 1) + ": " + line.strip());
    }
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(source);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    int t = random.nextInt(tokens.size());
    int[] token = tokens.get(t);
    String text = source.substring(token[0], token[1]);
    String before = source.substring(0, token[0]);
    String after = source.substring(token[1]);
    switch (kind) {
      case 2:
        return new Mutant(before + after, "delete token " + text);
      case 3:
        return new Mutant(before + text + " " + text + after, "duplicate token " + text);
      case 4:
        if (t + 1 < tokens.size()) {
          int[] next = tokens.get(t + 1);
          String nextText = source.substring(next[0], next[1]);
          return new Mutant(
              before
                  + nextText
                  + source.substring(token[1], next[0])
                  + text
                  + source.substring(next[1]),
              "swap tokens " + text + " " + nextText);
        }
        return new Mutant(before + after, "delete token " + text);
      default:
        List<int[]> strings = tokens.stream().filter(x -> source.charAt(x[0]) == '"').toList();
        int[] s = strings.get(random.nextInt(strings.size()));
        String odd = ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
        return new Mutant(
            source.substring(0, s[0]) + "\"" + odd + "\"" + source.substring(s[1]),
            "replace " + source.substring(s[0], s[1]) + " by \"" + odd + "\"");
    }
  }

  /**
   * Counts the operations a complete document must have, independently of Gatehouse: for each
   * interface annotated with JAX-RS {@code @Path}, its non-static, non-private methods (its own and
   * inherited, as {@code Elements.getAllMembers} gives them) that carry an annotation which is
   * itself annotated with {@code @HttpMethod}.
   */
  static final class OperationOracle extends AbstractProcessor {
    int operations;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (Element root : round.getRootElements()) {
        count(root);
      }
      return false;
    }

    private void count(Element element) {
      if (element.getKind() == ElementKind.INTERFACE && has(element, "jakarta.ws.rs.Path")) {
        TypeElement type = (TypeElement) element;
        for (ExecutableElement method :
            ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
          if (!method.getModifiers().contains(Modifier.STATIC)
              && !method.getModifiers().contains(Modifier.PRIVATE)
              && method.getAnnotationMirrors().stream().anyMatch(this::isHttpMethod)) {
            operations++;
          }
        }
      }
      for (Element member : element.getEnclosedElements()) {
        if (member instanceof TypeElement) {
          count(member);
        }
      }
    }

    private boolean isHttpMethod(AnnotationMirror mirror) {
      return has(mirror.getAnnotationType().asElement(), "jakarta.ws.rs.HttpMethod");
    }

    private static boolean has(Element element, String annotation) {
      return element.getAnnotationMirrors().stream()
          .anyMatch(
              a ->
                  ((TypeElement) a.getAnnotationType().asElement())
                      .getQualifiedName()
                      .contentEquals(annotation));
    }
  }

  private static String typeName(String resource, String source) {
    Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(source);
    String simple = resource.substring(resource.lastIndexOf('/') + 1).replace(".java", "");
    return pkg.find() ? pkg.group(1) + "." + simple : simple;
  }

  private static String read(String resource) {
    try (InputStream in = MutationTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
