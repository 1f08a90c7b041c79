package dev.gatehouse.doctests;

/**
 * One fenced code block of a Markdown page: where it starts, its info string and its text.
 *
 * @param page the page's path relative to the repository root, such as {@code docs/schemes.md}
 * @param line the 1-based line of the opening fence
 * @param info the info string after the fence, trimmed ({@code java file=Foo.java})
 * @param text the block's lines, each ending in a newline, without the fences
 */
record CodeBlock(String page, int line, String info, String text) {
  /** The first word of the info string, which names the language; empty when there is none. */
  String language() {
    int space = info.indexOf(' ');
    return space < 0 ? info : info.substring(0, space);
  }

  /** {@code page:line}, as a reader looks the block up. */
  String where() {
    return page + ":" + line;
  }
}
