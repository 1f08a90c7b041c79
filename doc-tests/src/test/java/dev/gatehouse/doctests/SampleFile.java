package dev.gatehouse.doctests;

/**
 * A complete source file shown on a page: a {@code java file=<path>} block.
 *
 * @param path where the file goes in its project, relative and with {@code /} separators
 * @param block the block it came from
 */
record SampleFile(String path, CodeBlock block) {}
