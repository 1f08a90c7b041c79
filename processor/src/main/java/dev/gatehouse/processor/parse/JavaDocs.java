package dev.gatehouse.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads Javadoc ({@link Elements#getDocComment}) as plain text for the document: inline tags
 * unwrapped ({@code {@code x}} becomes {@code x}), HTML tags dropped, paragraphs separated by one
 * blank line and all other whitespace collapsed to single spaces, so the output never depends on
 * how the comment was indented or wrapped.
 */
final class JavaDocs {
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
  private static final Pattern PARAGRAPH = Pattern.compile("(?i)\\n\\s*\\n|<p\\s*/?>|</p>|<br\\s*/?>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*");

  private final Elements elements;

  JavaDocs(Elements elements) {
    this.elements = elements;
  }

  /** One element's comment: its main text and the block tags the document uses. */
  record Doc(String text, Map<String, String> params, String returns, boolean deprecated) {
    static final Doc NONE = new Doc("", Map.of(), "", false);

    /** The first sentence, without its final period. */
    String summary() {
      String first = text.split("\n\n", 2)[0];
      Matcher end = Pattern.compile("\\.(\\s|$)").matcher(first);
      return end.find() ? first.substring(0, end.start()) : first;
    }

    /** Everything after the first sentence. */
    String rest() {
      String first = text.split("\n\n", 2)[0];
      Matcher end = Pattern.compile("\\.(\\s|$)").matcher(first);
      int cut = end.find() ? end.end() : first.length();
      return text.substring(Math.min(cut, text.length())).strip();
    }

    String param(String name) {
      return params.getOrDefault(name, "");
    }
  }

  Doc of(Element element) {
    String raw = elements.getDocComment(element);
    if (raw == null || raw.isBlank()) {
      return Doc.NONE;
    }
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
          String[] parts = body.split("\\s+", 2);
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
    String unwrapped = HTML_TAG.matcher(PARAGRAPH.matcher(inline(text)).replaceAll("\u0000"))
        .replaceAll("");
    unwrapped = unwrapped.replace('\u0001', '<').replace('\u0002', '>').replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#64;", "@").replace("&nbsp;", " ").replace("&amp;", "&");
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : unwrapped.split("\u0000")) {
      String collapsed = paragraph.strip().replaceAll("\\s+", " ");
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
        String[] parts = content.split("\\s+", 2);
        content = parts.length > 1 ? parts[1] : parts[0].replaceFirst("^#", "").replace('#', '.');
      }
      out.append(content);
      at = i;
    }
    return out.append(text.substring(at)).toString();
  }
}
