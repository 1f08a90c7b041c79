package dev.gatehouse.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the compile-time and start-up ratios of {@link CompileTime} and {@link Startup} as one SVG:
 * horizontal bars on a log scale, the median of the per-round ratios, whiskers from the smallest to
 * the largest per-round ratio.
 *
 * <p>Usage: {@code RatioChart compile.tsv startup.tsv chart.svg}
 */
public final class RatioChart {

  /** One bar. */
  record Bar(String label, double median, double min, double max, String colour) {}

  /** A titled group of bars, with an optional target line. */
  record Panel(String title, List<Bar> bars, double target, String targetLabel) {}

  public static void main(String[] args) throws Exception {
    Map<String, List<Double>> compile = read(Path.of(args[0]));
    Map<String, List<Double>> startup = read(Path.of(args[1]));
    List<Panel> panels = new ArrayList<>();

    List<Bar> c = new ArrayList<>();
    for (String size : sizes(compile)) {
      String n = String.format(Locale.ROOT, "%,d", Integer.parseInt(size));
      c.add(
          bar(
              n + " ops: Gatehouse / no processor (b/a)",
              compile,
              size,
              "b",
              "a",
              "cpu",
              "#2171b5"));
      if (compile.containsKey(size + " z cpu")) {
        c.add(
            bar(
                n + " ops: earlier Gatehouse / no processor (z/a)",
                compile,
                size,
                "z",
                "a",
                "cpu",
                "#9ecae1"));
      }
      if (compile.containsKey(size + " e cpu")) {
        c.add(
            bar(
                n + " ops: floor, any processor writing code / no processor (e/a)",
                compile,
                size,
                "e",
                "a",
                "cpu",
                "#fd8d3c"));
      }
      c.add(
          bar(n + " ops: Gatehouse / avaje-http (b/c)", compile, size, "b", "c", "cpu", "#41ab5d"));
      c.add(
          bar(
              n + " ops: avaje-http / no processor (c/d)",
              compile,
              size,
              "c",
              "d",
              "cpu",
              "#9e9e9e"));
    }
    panels.add(
        new Panel(
            "Compile: javac CPU time, ratio (lower is cheaper for the first named)",
            c,
            1.3,
            "target for b/a: 1.3×"));

    List<Bar> s = new ArrayList<>();
    for (String size : sizes(startup)) {
      String n = String.format(Locale.ROOT, "%,d", Integer.parseInt(size));
      s.add(
          bar(
              n + " ops: swagger-core / Gatehouse, start to ready",
              startup,
              size,
              "S",
              "G",
              "start",
              "#2171b5"));
      s.add(
          bar(
              n + " ops: swagger-core / Gatehouse, process CPU",
              startup,
              size,
              "S",
              "G",
              "process_cpu",
              "#6baed6"));
      s.add(
          bar(
              n + " ops: swagger-core / Gatehouse parsed, start to ready",
              startup,
              size,
              "S",
              "P",
              "start",
              "#41ab5d"));
    }
    panels.add(
        new Panel(
            "Start-up: time to a ready OpenAPI document in a fresh JVM, ratio"
                + " (higher: Gatehouse sooner)",
            s,
            Double.NaN,
            null));
    Files.writeString(Path.of(args[2]), svg(panels));
  }

  /** Key "size variant measure" to the per-round values. */
  static Map<String, List<Double>> read(Path tsv) throws Exception {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t");
      if (f.length < 4) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (int i = 3; i < f.length; i++) {
        values.add(Double.parseDouble(f[i]));
      }
      out.put(f[0] + " " + f[1] + " " + f[2], values);
    }
    return out;
  }

  private static List<String> sizes(Map<String, List<Double>> data) {
    return data.keySet().stream().map(k -> k.split(" ")[0]).distinct().toList();
  }

  private static Bar bar(
      String label,
      Map<String, List<Double>> data,
      String size,
      String x,
      String y,
      String measure,
      String colour) {
    List<Double> r =
        CompileTime.paired(
            data.get(size + " " + x + " " + measure), data.get(size + " " + y + " " + measure));
    return new Bar(
        label,
        CompileTime.median(r),
        r.stream().min(Comparator.naturalOrder()).orElseThrow(),
        r.stream().max(Comparator.naturalOrder()).orElseThrow(),
        colour);
  }

  static String svg(List<Panel> panels) {
    int left = 420;
    int plotW = 460;
    int barH = 18;
    int gap = 6;
    int width = left + plotW + 40;
    StringBuilder body = new StringBuilder();
    int y = 20;
    for (Panel p : panels) {
      double hi = 0;
      for (Bar b : p.bars()) {
        hi = Math.max(hi, Math.ceil(Math.log10(Math.max(b.max(), 1.5))));
      }
      final double lo0 = Math.log10(0.5);
      final double hi0 = hi;
      java.util.function.DoubleUnaryOperator x =
          v -> left + (Math.log10(Math.max(v, 0.5)) - lo0) / (hi0 - lo0) * plotW;
      y += 20;
      body.append(
          String.format(
              Locale.ROOT,
              "<text x=\"10\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
              y,
              escape(p.title())));
      y += 12;
      int top = y;
      int bottom = top + p.bars().size() * (barH + gap);
      for (double tick : new double[] {0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        if (Math.log10(tick) > hi0 + 1e-9) {
          break;
        }
        double tx = x.applyAsDouble(tick);
        body.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\"/>%n",
                tx,
                tx,
                top,
                bottom,
                tick == 1 ? "black" : "#ddd"));
        body.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s×</text>%n",
                tx,
                bottom + 12,
                tick < 1 ? "0.5" : String.valueOf((int) tick)));
      }
      if (!Double.isNaN(p.target())) {
        double tx = x.applyAsDouble(p.target());
        body.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d62728\""
                    + " stroke-dasharray=\"4 3\"/>%n",
                tx,
                tx,
                top - 4,
                bottom));
        body.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#d62728\">%s</text>%n",
                tx + 3,
                top - 2,
                escape(p.targetLabel())));
      }
      for (Bar b : p.bars()) {
        double base = x.applyAsDouble(1);
        double end = x.applyAsDouble(b.median());
        body.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                left - 8,
                y + 13,
                escape(b.label())));
        body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.2f×"
                    + " (%.2f–%.2f)</title></rect>%n",
                Math.min(base, end),
                y,
                Math.abs(end - base),
                barH,
                b.colour(),
                escape(b.label()),
                b.median(),
                b.min(),
                b.max()));
        double w1 = x.applyAsDouble(b.min());
        double w2 = x.applyAsDouble(b.max());
        double cy = y + barH / 2.0;
        body.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
                w1,
                w2,
                cy,
                cy));
        body.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%.2f×</text>%n",
                Math.max(end, w2) + 4,
                y + 13,
                b.median()));
        y += barH + gap;
      }
      y += 24;
    }
    int height = y + 10;
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height,
            width,
            height)
        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        + body
        + String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"%d\" font-size=\"10\">Log scale. Bars: median of per-round ratios;"
                + " whiskers: smallest to largest per-round ratio.</text>%n",
            height - 6)
        + "</svg>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private RatioChart() {}
}
