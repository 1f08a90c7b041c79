package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a flame graph as a static SVG (readable on GitHub, no script) from async-profiler's
 * collapsed stacks ({@code output=collapsed}), keeping only the stacks that pass through the
 * benchmark method and cutting everything below it (JMH's harness), so the bottom bar is the
 * measured operation and its width is 100 % of its samples.
 *
 * <p>Usage: {@code FlameGraph <collapsed.csv> <root frame substring> <title> <out.svg>}; {@code
 * -Dflame.minWidth=<pixels>} (0.3) leaves out narrower frames.
 */
public final class FlameGraph {
  private static final int WIDTH = 1200;
  private static final int FRAME_HEIGHT = 16;
  private static final int TOP = 44;
  private static final double CHAR_WIDTH = 6.4;

  /**
   * Frames narrower than this many pixels are left out (with their callees); {@code
   * -Dflame.minWidth} raises it for deep stacks such as javac's, whose slivers would make the file
   * large and add nothing readable.
   */
  private static final double MIN_WIDTH =
      Double.parseDouble(System.getProperty("flame.minWidth", "0.3"));

  /** A frame of the merged call tree: its samples, and its callees by name (sorted). */
  private static final class Node {
    final String name;
    long samples;
    final Map<String, Node> children = new TreeMap<>();

    Node(String name) {
      this.name = name;
    }

    Node child(String frame) {
      return children.computeIfAbsent(frame, Node::new);
    }

    int depth() {
      int deepest = 0;
      for (Node c : children.values()) {
        deepest = Math.max(deepest, c.depth());
      }
      return deepest + 1;
    }
  }

  private FlameGraph() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: FlameGraph <collapsed.csv> <root frame substring> <title> <out.svg>");
    }
    Node root = read(Path.of(args[0]), args[1]);
    if (root.samples == 0) {
      throw new IllegalStateException("no stack passes through a frame containing " + args[1]);
    }
    Files.writeString(Path.of(args[3]), svg(root, args[2]), StandardCharsets.UTF_8);
  }

  static Node read(Path collapsed, String rootFrame) throws IOException {
    Node root = null;
    for (String line : Files.readAllLines(collapsed, StandardCharsets.UTF_8)) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      long samples = Long.parseLong(line.substring(space + 1).trim());
      List<String> frames = Arrays.asList(line.substring(0, space).split(";"));
      int from = -1;
      for (int i = 0; i < frames.size(); i++) {
        if (frames.get(i).contains(rootFrame)) {
          from = i;
          break;
        }
      }
      if (from < 0) {
        continue;
      }
      if (root == null) {
        root = new Node(frames.get(from));
      }
      root.samples += samples;
      Node at = root;
      for (String frame : frames.subList(from + 1, frames.size())) {
        at = at.child(frame);
        at.samples += samples;
      }
    }
    return root == null ? new Node(rootFrame) : root;
  }

  static String svg(Node root, String title) {
    int height = TOP + root.depth() * FRAME_HEIGHT + 24;
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"Verdana, sans-serif\" font-size=\"11\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fdfdf6\"/>\n")
        .append("<text x=\"10\" y=\"20\" font-size=\"14\">")
        .append(escape(title))
        .append("</text>\n")
        .append("<text x=\"10\" y=\"36\" fill=\"#555\">")
        .append(
            escape(
                root.samples
                    + " samples; width is the share of the operation's CPU time; orange:"
                    + " Gatehouse, yellow: JDK, green: Spring, blue: nimbus, grey: other;"
                    + " hover a frame for its share"))
        .append("</text>\n");
    List<String> rows = new ArrayList<>();
    draw(root, 0, 0, WIDTH - 20.0, root.samples, height - 24, rows);
    rows.forEach(out::append);
    return out.append("</svg>\n").toString();
  }

  private static void draw(
      Node node, int level, double x, double width, long total, int baseline, List<String> out) {
    if (width < MIN_WIDTH) {
      return;
    }
    double y = baseline - (level + 1) * FRAME_HEIGHT;
    String label = shortName(node.name);
    String share = String.format(Locale.ROOT, "%.1f %%", 100.0 * node.samples / total);
    out.add(
        String.format(
            Locale.ROOT,
            "<g><title>%s (%s)</title><rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\""
                + " fill=\"%s\" stroke=\"#fdfdf6\" stroke-width=\"0.5\"/>",
            escape(node.name),
            share,
            10 + x,
            y,
            width,
            FRAME_HEIGHT - 1,
            colour(node.name)));
    int fits = (int) ((width - 6) / CHAR_WIDTH);
    if (fits >= 3) {
      String text = label.length() <= fits ? label : label.substring(0, fits - 2) + "..";
      out.add(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.0f\">%s</text>",
              13 + x,
              y + FRAME_HEIGHT - 4,
              escape(text)));
    }
    out.add("</g>\n");
    double at = x;
    for (Node child : node.children.values()) {
      double w = width * child.samples / node.samples;
      draw(child, level + 1, at, w, total, baseline, out);
      at += w;
    }
  }

  /** {@code a/b/C.method} as {@code C.method}: the package is in the tooltip. */
  static String shortName(String frame) {
    int slash = frame.lastIndexOf('/');
    return slash < 0 ? frame : frame.substring(slash + 1);
  }

  private static String colour(String frame) {
    if (frame.startsWith("dev/gatehouse/")) {
      return "#f2a65a";
    }
    if (frame.startsWith("org/springframework/")) {
      return "#8fce8f";
    }
    if (frame.startsWith("com/nimbusds/")) {
      return "#8fb8e8";
    }
    if (frame.startsWith("com/palantir/javapoet/")) {
      return "#c3a6e0";
    }
    if (frame.startsWith("java/")
        || frame.startsWith("jdk/")
        || frame.startsWith("sun/")
        || frame.startsWith("com/sun/")) {
      return "#e8d96b";
    }
    return "#cfcfcf";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
