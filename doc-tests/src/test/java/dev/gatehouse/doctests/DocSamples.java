package dev.gatehouse.doctests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java samples of one page, sorted into projects by the documentation's convention, and every
 * place where the page breaks it.
 *
 * <p>The convention (docs/contributing-docs.md): every {@code ```java} block is either {@code java
 * file=<relative path>} (a complete file; a page's complete files are compiled together, or per
 * {@code project=<name>}) or {@code java fragment} (an excerpt, not compiled). Other languages are
 * not looked at.
 */
final class DocSamples {
  private static final Pattern PROJECT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\p{javaJavaIdentifierPart}.]+)\\s*;", Pattern.MULTILINE);

  private final List<SampleProject> projects;
  private final List<String> problems;
  private final int fragments;

  private DocSamples(List<SampleProject> projects, List<String> problems, int fragments) {
    this.projects = List.copyOf(projects);
    this.problems = List.copyOf(problems);
    this.fragments = fragments;
  }

  /** Reads the Java blocks of {@code markdown}, the text of {@code page}. */
  static DocSamples of(String page, String markdown) {
    Map<String, Map<String, SampleFile>> byProject = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int fragments = 0;
    for (CodeBlock block : Markdown.codeBlocks(page, markdown)) {
      if (!block.language().toLowerCase(Locale.ROOT).equals("java")) {
        continue;
      }
      Info info = Info.parse(block, problems);
      if (info == null) {
        continue;
      }
      if (info.fragment) {
        fragments++;
        continue;
      }
      Map<String, SampleFile> files =
          byProject.computeIfAbsent(info.project, k -> new LinkedHashMap<>());
      SampleFile previous = files.putIfAbsent(info.file, new SampleFile(info.file, block));
      if (previous != null) {
        problems.add(
            block.where()
                + ": file="
                + info.file
                + " is already a file of this project (line "
                + previous.block().line()
                + "); give one of them another path, or put it in another project=<name>");
      }
      checkPackage(block, info.file, problems);
    }
    List<SampleProject> projects = new ArrayList<>();
    byProject.forEach(
        (name, files) ->
            projects.add(new SampleProject(page, name, new ArrayList<>(files.values()))));
    return new DocSamples(projects, problems, fragments);
  }

  /** The page's projects, the default one first when it has complete files. */
  List<SampleProject> projects() {
    return projects;
  }

  /** Each break of the convention, as {@code page:line: what is wrong and how to fix it}. */
  List<String> problems() {
    return problems;
  }

  /** How many {@code java fragment} blocks the page has. */
  int fragments() {
    return fragments;
  }

  /** A file's path must end with its package's folders, as javac and every build tool expect. */
  private static void checkPackage(CodeBlock block, String file, List<String> problems) {
    Matcher pkg = PACKAGE.matcher(block.text());
    String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
    if (!pkg.find()) {
      problems.add(
          block.where()
              + ": file="
              + file
              + " has no package declaration; a complete sample declares its package, as the file a"
              + " user copies would");
      return;
    }
    String expected = pkg.group(1).replace('.', '/');
    if (!folder.equals(expected) && !folder.endsWith("/" + expected)) {
      problems.add(
          block.where()
              + ": file="
              + file
              + " declares package "
              + pkg.group(1)
              + ", so its path must end with "
              + expected
              + "/"
              + file.substring(file.lastIndexOf('/') + 1));
    }
  }

  /** The parsed info string of a Java block. */
  private static final class Info {
    String file;
    String project = "";
    boolean fragment;

    static Info parse(CodeBlock block, List<String> problems) {
      Info info = new Info();
      String[] words = block.info().split("\\s+");
      List<String> wrong = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        String word = words[i];
        if (word.equals("fragment")) {
          info.fragment = true;
        } else if (word.startsWith("file=")) {
          info.file = word.substring("file=".length());
        } else if (word.startsWith("project=")) {
          info.project = word.substring("project=".length());
        } else {
          wrong.add(word);
        }
      }
      int before = problems.size();
      if (!wrong.isEmpty()) {
        problems.add(
            block.where()
                + ": unknown word(s) "
                + wrong
                + " in \"```"
                + block.info()
                + "\"; a Java block takes file=<path> [project=<name>], or fragment");
      }
      if (info.fragment && (info.file != null || !info.project.isEmpty())) {
        problems.add(
            block.where()
                + ": \"```"
                + block.info()
                + "\" is both a fragment and a file; say one of them");
      } else if (!info.fragment && info.file == null) {
        problems.add(
            block.where()
                + ": \"```"
                + block.info()
                + "\" says neither file=<path> nor fragment; mark a complete file"
                + " \"```java file=src/main/java/<package folders>/<Type>.java\" (it is compiled) or"
                + " an excerpt \"```java fragment\"");
      }
      if (info.file != null && !validPath(info.file)) {
        problems.add(
            block.where()
                + ": file="
                + info.file
                + " is not a relative path to a .java file (forward slashes, no . or .. parts)");
      }
      if (!info.project.isEmpty() || block.info().contains("project=")) {
        if (!PROJECT_NAME.matcher(info.project).matches()) {
          problems.add(
              block.where()
                  + ": project="
                  + info.project
                  + " is not a project name (letters, digits, '.', '_', '-')");
        }
      }
      return problems.size() == before ? info : null;
    }

    private static boolean validPath(String path) {
      if (!path.endsWith(".java") || path.startsWith("/") || path.contains("\\")) {
        return false;
      }
      for (String part : path.split("/", -1)) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) {
          return false;
        }
      }
      return true;
    }
  }
}
