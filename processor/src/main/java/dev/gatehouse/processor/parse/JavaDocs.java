package dev.gatehouse.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads Javadoc ({@link Elements#getDocComment}) as plain text for the document: inline tags
 * unwrapped ({@code {@code x}} becomes {@code x}), HTML tags dropped, paragraphs separated by one
 * blank line and all other whitespace collapsed to single spaces, so the output never depends on
 * how the comment was indented or wrapped.
 */
final class JavaDocs {
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
  private static final Pattern PARAGRAPH =
      Pattern.compile("(?i)\\n\\s*\\n|<p\\s*/?>|</p>|<br\\s*/?>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final Elements elements;
  private final Types types;
  private Map<String, StoredDoc> stored = Map.of();
  private Predicate<Element> fromSource = e -> true;
  private final SortedMap<String, StoredDoc> read = new TreeMap<>();

  JavaDocs(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Comments a previous compilation used, by {@link #key}, for elements that come from class files
   * now (which keep no Javadoc); {@code fromSource} tells elements compiled from source, whose own
   * comment always wins.
   */
  void useStored(Map<String, StoredDoc> comments, Predicate<Element> fromSource) {
    this.stored = Map.copyOf(comments);
    this.fromSource = fromSource;
  }

  /** Every comment read so far, by key, for the next compilation's {@link #useStored}. */
  SortedMap<String, StoredDoc> comments() {
    return new TreeMap<>(read);
  }

  /** One element's comment: its main text and the block tags the document uses. */
  record Doc(String text, Map<String, String> params, String returns, boolean deprecated) {
    static final Doc NONE = new Doc("", Map.of(), "", false);

    /** The first sentence, without its final period. */
    String summary() {
      String first = firstParagraph();
      Matcher end = SENTENCE_END.matcher(first);
      return end.find() ? first.substring(0, end.start()) : first;
    }

    /** Everything after the first sentence. */
    String rest() {
      String first = firstParagraph();
      Matcher end = SENTENCE_END.matcher(first);
      int cut = end.find() ? end.end() : first.length();
      return text.substring(Math.min(cut, text.length())).strip();
    }

    /** The text up to its first blank line ({@code \n\n}). */
    private String firstParagraph() {
      int blank = text.indexOf("\n\n");
      return blank < 0 ? text : text.substring(0, blank);
    }

    String param(String name) {
      return params.getOrDefault(name, "");
    }
  }

  /** One element's comment: its own, or the one stored for it when it comes from a class file. */
  Doc of(Element element) {
    String raw = elements.getDocComment(element);
    String key = key(element);
    List<String> names = element instanceof ExecutableElement m ? parameterNames(m) : List.of();
    Doc doc;
    List<String> written = names;
    if (raw != null) {
      doc = parse(raw);
    } else if (key != null && !fromSource.test(element) && stored.containsKey(key)) {
      StoredDoc s = stored.get(key);
      doc = new Doc(s.text(), s.params(), s.returns(), s.deprecated());
      written = s.parameterNames();
    } else {
      doc = Doc.NONE;
    }
    if (doc.equals(Doc.NONE)) {
      return Doc.NONE;
    }
    if (key != null) {
      read.put(
          key, new StoredDoc(doc.text(), doc.params(), doc.returns(), doc.deprecated(), written));
    }
    if (!names.equals(written) && names.size() == written.size()) {
      // A class file compiled without -parameters names them arg0 ...: match by position.
      Map<String, String> byPosition = new TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        String text = doc.params().get(written.get(i));
        if (text != null) {
          byPosition.put(names.get(i), text);
        }
      }
      doc = new Doc(doc.text(), byPosition, doc.returns(), doc.deprecated());
    }
    return doc;
  }

  /**
   * A stable key of a documented element, the same whether it comes from source or a class file:
   * {@code T:} and the binary name for types, {@code M:} with the erased parameter types for
   * methods and constructors, {@code F:} for fields; null for other elements.
   */
  String key(Element element) {
    if (element instanceof TypeElement type) {
      return "T:" + elements.getBinaryName(type);
    }
    Element owner = element.getEnclosingElement();
    if (!(owner instanceof TypeElement type)) {
      return null;
    }
    if (element instanceof ExecutableElement m) {
      StringBuilder out =
          new StringBuilder("M:")
              .append(elements.getBinaryName(type))
              .append('#')
              .append(m.getSimpleName())
              .append('(');
      for (int i = 0; i < m.getParameters().size(); i++) {
        out.append(i == 0 ? "" : ",").append(types.erasure(m.getParameters().get(i).asType()));
      }
      return out.append(')').toString();
    }
    if (element.getKind() == ElementKind.FIELD) {
      return "F:" + elements.getBinaryName(type) + "." + element.getSimpleName();
    }
    return null;
  }

  private static List<String> parameterNames(ExecutableElement method) {
    return method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
  }

  private Doc parse(String raw) {
    Matcher tags = BLOCK_TAG.matcher(raw);
    List<int[]> starts = new ArrayList<>();
    while (tags.find()) {
      starts.add(new int[] {tags.start(), tags.end()});
    }
    String main = starts.isEmpty() ? raw : raw.substring(0, starts.get(0)[0]);
    Map<String, String> params = new TreeMap<>();
    String returns = "";
    boolean deprecated = false;
    for (int i = 0; i < starts.size(); i++) {
      String name = raw.substring(starts.get(i)[0], starts.get(i)[1]).strip().substring(1);
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : raw.length();
      String body = raw.substring(starts.get(i)[1], end).strip();
      switch (name) {
        case "param" -> {
          String[] parts = WHITE_SPACE.split(body, 2);
          params.putIfAbsent(parts[0], parts.length > 1 ? clean(parts[1]) : "");
        }
        case "return" -> returns = clean(body);
        case "deprecated" -> deprecated = true;
        default -> {}
      }
    }
    return new Doc(clean(main), params, returns, deprecated);
  }

  /** Plain text: inline tags unwrapped, HTML removed, whitespace normalised. */
  static String clean(String text) {
    String unwrapped =
        HTML_TAG.matcher(PARAGRAPH.matcher(inline(text)).replaceAll("\u0000")).replaceAll("");
    unwrapped =
        unwrapped
            .replace('\u0001', '<')
            .replace('\u0002', '>')
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#64;", "@")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : unwrapped.split("\u0000")) {
      String collapsed = WHITE_SPACE.matcher(paragraph.strip()).replaceAll(" ");
      if (!collapsed.isEmpty()) {
        paragraphs.add(collapsed);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /** {@code {@code x}} and {@code {@literal x}} become x; {@code {@link A#b label}} the label. */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = INLINE_TAG.matcher(text);
    int at = 0;
    while (m.find(at)) {
      out.append(text, at, m.start());
      int depth = 1;
      int i = m.end();
      while (i < text.length() && depth > 0) {
        char c = text.charAt(i++);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      }
      String content = text.substring(m.end(), Math.max(m.end(), i - 1)).strip();
      String tag = m.group(1);
      if (tag.equals("code") || tag.equals("literal")) {
        // Angle brackets in code are text, not HTML: hide them from the tag stripper.
        content = content.replace('<', '\u0001').replace('>', '\u0002');
      } else if (tag.startsWith("link")) {
        String[] parts = WHITE_SPACE.split(content, 2);
        content = parts.length > 1 ? parts[1] : parts[0].replaceFirst("^#", "").replace('#', '.');
      }
      out.append(content);
      at = i;
    }
    return out.append(text.substring(at)).toString();
  }
}
