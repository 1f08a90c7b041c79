package dev.gatehouse.processor.robust;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * One corpus entry under {@code src/test/resources/robust/cases}: a single {@code .java} file, or a
 * folder of them. Its expectations are lines of the form {@code key: value} in the first block
 * comment of the one file that has an {@code expect:} line:
 *
 * <ul>
 *   <li>{@code expect: success} (document written, complete and valid), {@code failure} (errors, no
 *       document), or {@code failure-after-processing} (javac finds an error in a method body after
 *       annotation processing is over, when the document is already written: it must then be
 *       complete and valid);
 *   <li>{@code option: -Akey=value}, passed to javac;
 *   <li>{@code stubs: <resource folder>}: more sources compiled with the case (API stubs such as
 *       Spring MVC's annotations);
 *   <li>{@code error: <message fragment> @ <line fragment>}: one per expected error, matched to
 *       exactly one error whose message contains the fragment and whose line is the only line of
 *       the case's sources (outside the header) that contains the line fragment ({@code -}: an
 *       error without a position, as for processor options); {@code warning:} likewise for
 *       warnings. The counts must match exactly;
 *   <li>{@code operation: GET /path}: the document's operations, exactly ({@code operations: none}
 *       for a document without any);
 *   <li>{@code scheme: Name}: the document's security schemes, exactly;
 *   <li>{@code json: /json/pointer = <JSON value>}: a value the document must hold ({@code
 *       missing}: the document has nothing there).
 * </ul>
 */
record CorpusCase(
    String name,
    String description,
    String expect,
    List<String> options,
    List<Expected> errors,
    List<Expected> warnings,
    List<String> operations,
    List<String> schemes,
    List<String[]> json,
    List<Path> files,
    List<Path> stubs) {

  static final String SUCCESS = "success";
  static final String FAILURE = "failure";
  static final String FAILURE_AFTER_PROCESSING = "failure-after-processing";

  /** An expected diagnostic: a message fragment on the line that contains a line fragment. */
  record Expected(String message, String line) {}

  @Override
  public String toString() {
    return name;
  }

  static List<CorpusCase> all(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      List<CorpusCase> out = new ArrayList<>();
      for (Path entry : entries.sorted().toList()) {
        out.add(read(entry));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CorpusCase read(Path entry) throws IOException {
    List<Path> files;
    if (Files.isDirectory(entry)) {
      try (Stream<Path> walk = Files.walk(entry)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
    } else {
      files = List.of(entry);
    }
    String name = entry.getFileName().toString().replaceFirst("\\.java$", "");
    List<String> header = null;
    for (Path file : files) {
      List<String> candidate = header(Files.readAllLines(file, StandardCharsets.UTF_8));
      if (candidate.stream().anyMatch(l -> l.startsWith("expect:"))) {
        if (header != null) {
          throw new IllegalStateException(name + ": more than one file has an expect: line");
        }
        header = candidate;
      }
    }
    if (header == null) {
      throw new IllegalStateException(name + ": no file has an expect: line");
    }
    String description = "";
    String expect = null;
    List<String> options = new ArrayList<>();
    List<Expected> errors = new ArrayList<>();
    List<Expected> warnings = new ArrayList<>();
    List<String> operations = new ArrayList<>();
    List<String> schemes = new ArrayList<>();
    List<String[]> json = new ArrayList<>();
    List<Path> stubs = new ArrayList<>();
    for (String line : header) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "case" -> description = value;
        case "expect" -> expect = value;
        case "option" -> options.add(value);
        case "stubs" -> stubs.addAll(javaFiles(resource(value)));
        case "error" -> errors.add(expected(name, value));
        case "warning" -> warnings.add(expected(name, value));
        case "operation" -> operations.add(value);
        case "operations" -> {
          if (!value.equals("none")) {
            throw new IllegalStateException(name + ": 'operations:' takes only 'none'");
          }
          operations.add("none");
        }
        case "scheme" -> schemes.add(value);
        case "json" -> {
          int eq = value.indexOf(" = ");
          if (eq < 0) {
            throw new IllegalStateException(name + ": json: needs '<pointer> = <value>'");
          }
          json.add(new String[] {value.substring(0, eq), value.substring(eq + 3)});
        }
        default -> {
          // prose in the header
        }
      }
    }
    if (!List.of(SUCCESS, FAILURE, FAILURE_AFTER_PROCESSING).contains(expect)) {
      throw new IllegalStateException(name + ": unknown expect: " + expect);
    }
    if (expect.equals(FAILURE) && errors.isEmpty()) {
      throw new IllegalStateException(name + ": a failure case must list its errors");
    }
    if (!expect.equals(FAILURE) && operations.isEmpty()) {
      throw new IllegalStateException(name + ": a case with a document must list its operations");
    }
    operations.remove("none");
    return new CorpusCase(
        name,
        description,
        expect,
        options,
        errors,
        warnings,
        operations,
        schemes,
        json,
        files,
        stubs);
  }

  private static Expected expected(String name, String value) {
    int at = value.lastIndexOf(" @ ");
    if (at < 0) {
      throw new IllegalStateException(name + ": diagnostic needs '<message> @ <line>': " + value);
    }
    return new Expected(value.substring(0, at), value.substring(at + 3));
  }

  /** The lines of the first block comment, without the leading {@code " * "}. */
  private static List<String> header(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      String s = line.strip();
      if (!inside && s.startsWith("/*")) {
        inside = true;
        s = s.substring(2).replaceFirst("^\\*", "").strip();
        if (s.isEmpty()) {
          continue;
        }
      } else if (!inside) {
        continue;
      }
      if (s.endsWith("*/")) {
        String last = s.substring(0, s.length() - 2).replaceFirst("^\\*", "").strip();
        if (!last.isEmpty()) {
          out.add(last);
        }
        return out;
      }
      out.add(s.replaceFirst("^\\*", "").strip());
    }
    return out;
  }

  /** The line number (1-based) of the only line outside header comments containing fragment. */
  static Located locate(List<Path> files, String fragment) throws IOException {
    Located found = null;
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      boolean inHeader = false;
      boolean headerDone = false;
      for (int i = 0; i < lines.size(); i++) {
        String s = lines.get(i).strip();
        if (!headerDone && !inHeader && s.startsWith("/*")) {
          inHeader = true;
        }
        if (inHeader) {
          if (s.endsWith("*/")) {
            inHeader = false;
            headerDone = true;
          }
          continue;
        }
        if (lines.get(i).contains(fragment)) {
          if (found != null) {
            throw new IllegalStateException("line fragment is not unique: " + fragment);
          }
          found = new Located(file, i + 1);
        }
      }
    }
    if (found == null) {
      throw new IllegalStateException("no line contains: " + fragment);
    }
    return found;
  }

  record Located(Path file, long line) {}

  private static Path resource(String folder) {
    try {
      return Path.of(CorpusCase.class.getClassLoader().getResource(folder).toURI());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource folder " + folder, e);
    }
  }

  private static List<Path> javaFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's files, then the stub sources it asks for (not searched for line fragments). */
  List<JavaFileObject> sources() {
    List<JavaFileObject> out = new ArrayList<>();
    List<Path> all = new ArrayList<>(files);
    all.addAll(stubs);
    for (Path file : all) {
      try {
        out.add(JavaFileObjects.forResource(file.toUri().toURL()));
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}
