package dev.gatehouse.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JAX-RS path templates: joins the interface and method {@code @Path}s and strips the regular
 * expressions of {@code {name: regex}} variables, which OpenAPI paths cannot carry.
 */
final class PathTemplate {
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

  private final String path;
  private final List<String> variables;
  private final String problem;

  private PathTemplate(String path, List<String> variables, String problem) {
    this.path = path;
    this.variables = List.copyOf(variables);
    this.problem = problem;
  }

  /** What is wrong with the template (unclosed brace, empty or repeated variable), if anything. */
  java.util.Optional<String> problem() {
    return java.util.Optional.ofNullable(problem);
  }

  /** The OpenAPI path: leading {@code /}, no trailing {@code /} (except the root), no regexes. */
  String path() {
    return path;
  }

  /** The variable names, in order. */
  List<String> variables() {
    return variables;
  }

  /** Joins the interface's and the method's {@code @Path} values, either possibly empty. */
  static PathTemplate join(String base, String sub) {
    StringBuilder out = new StringBuilder();
    List<String> variables = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String part : new String[] {base, sub}) {
      String normalized = normalize(part, variables, problems);
      if (!normalized.isEmpty()) {
        out.append('/').append(normalized);
      }
    }
    for (int i = 0; i < variables.size(); i++) {
      if (variables.indexOf(variables.get(i)) != i) {
        problems.add("variable {" + variables.get(i) + "} appears twice");
      }
    }
    return new PathTemplate(
        out.length() == 0 ? "/" : out.toString(),
        variables,
        problems.isEmpty() ? null : problems.get(0));
  }

  /** Removes regexes and redundant slashes from one {@code @Path} value, collecting variables. */
  private static String normalize(String raw, List<String> variables, List<String> problems) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '{') {
        int depth = 1;
        int j = i + 1;
        while (j < raw.length() && depth > 0) {
          char d = raw.charAt(j);
          if (d == '{') {
            depth++;
          } else if (d == '}') {
            depth--;
          }
          j++;
        }
        if (depth != 0) {
          problems.add("a '{' is never closed");
        }
        String inside = raw.substring(i + 1, depth == 0 ? j - 1 : j);
        int colon = inside.indexOf(':');
        String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
        if (name.isEmpty()) {
          problems.add("a variable has no name");
        }
        variables.add(name);
        out.append('{').append(name).append('}');
        i = j;
      } else if (c == '/' && (out.length() == 0 || out.charAt(out.length() - 1) == '/')) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** {@code path} with each variable, {@code {...}} with any nesting, reduced to {@code {}}. */
  static String outsideVariables(String path) {
    StringBuilder outside = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
        if (depth == 0) {
          outside.append("{}");
        }
      } else if (depth == 0) {
        outside.append(c);
      }
    }
    return outside.toString();
  }

  /**
   * Whether one {@code @Path} value has an empty segment between its first and last non-slash
   * characters, outside variables: JAX-RS matches {@code a//b} only as spelled (leading and
   * trailing slashes are not part of the match).
   */
  static boolean hasInnerEmptySegment(String raw) {
    String s = outsideVariables(raw);
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '/') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '/') {
      to--;
    }
    return s.substring(from, to).contains("//");
  }

  /** The route with variable names erased, so {@code /a/{x}} and {@code /a/{y}} collide. */
  static String routeKey(String path) {
    return VARIABLE.matcher(path).replaceAll("{}");
  }
}
