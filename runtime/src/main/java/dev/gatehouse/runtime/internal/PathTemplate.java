package dev.gatehouse.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OpenAPI path template such as {@code /items/{id}}, matched against decoded request segments.
 */
public final class PathTemplate implements Comparable<PathTemplate> {
  /** Segment kinds from most to least specific. */
  enum Kind {
    LITERAL,
    MIXED,
    VARIABLE
  }

  /**
   * One template segment; {@code shape} erases variable names, so equal shapes match alike, and a
   * mixed segment's {@code parts} are its literals in order, with {@code ""} for each variable.
   */
  record Segment(Kind kind, String shape, List<String> parts) {}

  private final String template;
  private final List<Segment> segments;
  private final boolean trailingSlash;

  private PathTemplate(String template, List<Segment> segments, boolean trailingSlash) {
    this.template = template;
    this.segments = List.copyOf(segments);
    this.trailingSlash = trailingSlash;
  }

  /** Parses a template; throws {@link IllegalArgumentException} saying what is wrong with it. */
  public static PathTemplate parse(String template) {
    Optional<RequestPath> literal = RequestPath.parse(template.replaceAll("\\{[^{}/]*}", "v"));
    if (literal.isEmpty() || template.indexOf(';') >= 0) {
      throw new IllegalArgumentException(
          "path template \""
              + template
              + "\" is not a path this runtime can ever match (it needs a"
              + " leading /, no empty, . or .. segments, no ; and only valid escapes)");
    }
    List<Segment> segments = new ArrayList<>();
    for (String raw : template.substring(1).split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      if (raw.matches("\\{[^{}]+}")) {
        segments.add(new Segment(Kind.VARIABLE, "{}", List.of()));
      } else if (raw.indexOf('{') < 0 && raw.indexOf('}') < 0) {
        String text = RequestPath.segment(raw).orElseThrow();
        segments.add(new Segment(Kind.LITERAL, text, List.of()));
      } else {
        List<String> parts = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (String part : raw.split("(?=\\{)|(?<=})")) {
          boolean variable = part.startsWith("{") && part.endsWith("}") && part.length() > 2;
          String text = variable ? "" : RequestPath.decode(part, part.length()).orElse(null);
          if (!variable && (text == null || text.contains("{") || text.contains("}"))) {
            throw new IllegalArgumentException(
                "path template \""
                    + template
                    + "\" has an unbalanced or empty {} in \""
                    + raw
                    + "\"");
          }
          parts.add(text);
          shape.append(variable ? "{}" : text);
        }
        segments.add(new Segment(Kind.MIXED, shape.toString(), List.copyOf(parts)));
      }
    }
    return new PathTemplate(template, segments, literal.get().trailingSlash());
  }

  /**
   * Whether the request path matches: same number of segments, each literal equal (case-sensitive).
   */
  public boolean matches(RequestPath path) {
    if (path.segments().size() != segments.size() || path.trailingSlash() != trailingSlash) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String actual = path.segments().get(i);
      boolean ok =
          switch (s.kind()) {
            case LITERAL -> s.shape().equals(actual);
            case MIXED -> matchesMixed(s.parts(), actual);
            case VARIABLE -> true;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} is the literals of {@code parts} in order with at least one character for
   * each variable ({@code ""}); leftmost placement of each literal decides it in linear time.
   */
  static boolean matchesMixed(List<String> parts, String text) {
    int pos = 0;
    int variables = 0;
    for (int i = 0; i < parts.size(); i++) {
      String literal = parts.get(i);
      if (literal.isEmpty()) {
        variables++;
        continue;
      }
      int at;
      if (i == 0) {
        at = text.startsWith(literal) ? 0 : -1;
      } else if (i == parts.size() - 1) {
        at = text.length() - literal.length();
        at = at >= pos + variables && text.endsWith(literal) ? at : -1;
      } else {
        at = text.indexOf(literal, pos + variables);
      }
      if (at < 0) {
        return false;
      }
      pos = at + literal.length();
      variables = 0;
    }
    return variables == 0 ? pos == text.length() : text.length() - pos >= variables;
  }

  /**
   * Whether both templates match some request with equal specificity: same segment kinds, equal
   * literals, and (conservatively) equal mixed-segment shapes.
   */
  public boolean sameShape(PathTemplate other) {
    if (segments.size() != other.segments.size() || trailingSlash != other.trailingSlash) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment a = segments.get(i);
      Segment b = other.segments.get(i);
      if (a.kind() != b.kind() || !a.shape().equals(b.shape())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Most specific first: by segment count, then segment by segment from the left a literal before a
   * mixed segment before a variable, then by template text, so the order is total and stable.
   */
  @Override
  public int compareTo(PathTemplate other) {
    int c = Integer.compare(segments.size(), other.segments.size());
    for (int i = 0; c == 0 && i < segments.size(); i++) {
      c = segments.get(i).kind().compareTo(other.segments.get(i).kind());
    }
    return c != 0 ? c : template.compareTo(other.template);
  }

  @Override
  public String toString() {
    return template;
  }
}
