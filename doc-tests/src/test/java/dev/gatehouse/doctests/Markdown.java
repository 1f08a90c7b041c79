package dev.gatehouse.doctests;

import java.util.ArrayList;
import java.util.List;

/** Finds the fenced code blocks of a Markdown page, as CommonMark delimits them. */
final class Markdown {
  private Markdown() {}

  /**
   * The page's fenced code blocks in order. A fence is three or more backticks or tildes; it closes
   * at a line of at least as many of the same character and nothing else, or at the end of the
   * page. Lines are taken out of the block with the opening fence's indentation removed, so a block
   * inside a list item reads as it would on its own.
   */
  static List<CodeBlock> codeBlocks(String page, String markdown) {
    List<CodeBlock> blocks = new ArrayList<>();
    String[] lines = markdown.lines().toArray(String[]::new);
    int i = 0;
    while (i < lines.length) {
      Fence open = Fence.opening(lines[i]);
      if (open == null) {
        i++;
        continue;
      }
      int start = i + 1;
      StringBuilder text = new StringBuilder();
      i++;
      while (i < lines.length && !open.closedBy(lines[i])) {
        text.append(open.unindent(lines[i])).append('\n');
        i++;
      }
      blocks.add(new CodeBlock(page, start, open.info(), text.toString()));
      i++;
    }
    return blocks;
  }

  /** An opening fence: its indentation, character, length and info string. */
  private record Fence(int indent, char marker, int length, String info) {
    static Fence opening(String line) {
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      if (indent == line.length()) {
        return null;
      }
      char marker = line.charAt(indent);
      if (marker != '`' && marker != '~') {
        return null;
      }
      int end = indent;
      while (end < line.length() && line.charAt(end) == marker) {
        end++;
      }
      String info = line.substring(end).trim();
      // CommonMark: a backtick fence's info string may not contain a backtick (it is inline code).
      if (end - indent < 3 || (marker == '`' && info.indexOf('`') >= 0)) {
        return null;
      }
      return new Fence(indent, marker, end - indent, info);
    }

    boolean closedBy(String line) {
      String trimmed = line.strip();
      if (trimmed.length() < length) {
        return false;
      }
      for (int k = 0; k < trimmed.length(); k++) {
        if (trimmed.charAt(k) != marker) {
          return false;
        }
      }
      return true;
    }

    String unindent(String line) {
      int strip = 0;
      while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
        strip++;
      }
      return line.substring(strip);
    }
  }
}
