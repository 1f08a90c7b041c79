package dev.gatehouse.benchmarks;

import com.nimbusds.jose.util.JSONArrayUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON result ({@code -rf json}) of {@link ExtractAndDecide}, prints the Markdown
 * results table with the ratios of the same run, and writes the SVG bar chart.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.gatehouse.benchmarks.Report jmh.json chart.svg
 * [table.md]}
 */
public final class Report {

  /** One measured benchmark, in nanoseconds per operation and bytes per operation. */
  record Result(double ns, double nsError, double bytes, double bytesError) {}

  /** Scheme groups in display order: JMH method prefix and label. */
  static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("apiKey", "API key header");
    GROUPS.put("apiKeyHashed", "API key header, SHA-256 HashedApiKeys");
    GROUPS.put("basic", "Basic, trivial verifier");
    GROUPS.put("basicPbkdf2", "Basic, PBKDF2 600k");
    GROUPS.put("bearer", "Bearer opaque, trivial verifier");
    GROUPS.put("jwtHS256", "JWT HS256");
    GROUPS.put("jwtRS256", "JWT RS256");
    GROUPS.put("jwtES256", "JWT ES256");
  }

  static final String[] AXIS = {
    "1 ns", "10 ns", "100 ns", "1 µs", "10 µs", "100 µs", "1 ms", "10 ms", "100 ms", "1 s", "10 s"
  };

  static final String[] SERIES = {"floor", "strictFloor", "nimbus", "gatehouse", "spring"};
  static final String[] SERIES_LABEL = {
    "floor (bare header-map lookup)",
    "the rules' checks alone",
    "raw nimbus JWSVerifier",
    "Gatehouse",
    "Spring Security 7.1.2"
  };
  static final String[] SERIES_COLOUR = {"#9e9e9e", "#fd8d3c", "#6a51a3", "#2171b5", "#41ab5d"};

  public static void main(String[] args) throws Exception {
    Map<String, Map<String, Result>> results = read(Path.of(args[0]));
    String table = table(results);
    System.out.println(table);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), table);
    }
    Files.writeString(Path.of(args[1]), svg(results));
  }

  static Map<String, Map<String, Result>> read(Path json) throws Exception {
    List<Object> runs = JSONArrayUtils.parse(Files.readString(json, StandardCharsets.UTF_8));
    Map<String, Map<String, Result>> out = new LinkedHashMap<>();
    for (Object o : runs) {
      @SuppressWarnings("unchecked")
      Map<String, Object> run = (Map<String, Object>) o;
      String benchmark = (String) run.get("benchmark");
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int us = method.indexOf('_');
      if (us < 0) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      double scale = toNanos((String) primary.get("scoreUnit"));
      double score = number(primary.get("score")) * scale;
      double error = number(primary.get("scoreError")) * scale;
      double bytes = Double.NaN;
      double bytesError = Double.NaN;
      @SuppressWarnings("unchecked")
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, Object> e : secondary.entrySet()) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            bytes = number(m.get("score"));
            bytesError = number(m.get("scoreError"));
          }
        }
      }
      out.computeIfAbsent(method.substring(0, us), k -> new LinkedHashMap<>())
          .put(method.substring(us + 1), new Result(score, error, bytes, bytesError));
    }
    return out;
  }

  private static double number(Object o) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    return o == null || "NaN".equals(o) ? Double.NaN : Double.parseDouble(o.toString());
  }

  private static double toNanos(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Markdown

  static String table(Map<String, Map<String, Result>> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(
            "| scheme | floor or raw nimbus | the rules' checks alone | Gatehouse | Spring Security |")
        .append(" Gatehouse − floor | Gatehouse / floor | Spring / Gatehouse |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, String> g : GROUPS.entrySet()) {
      Map<String, Result> r = results.get(g.getKey());
      if (r == null) {
        continue;
      }
      Result floor = r.containsKey("nimbus") ? r.get("nimbus") : r.get("floor");
      Result gh = r.get("gatehouse");
      Result sp = r.get("spring");
      sb.append("| ")
          .append(g.getValue())
          .append(" | ")
          .append(cell(floor))
          .append(" | ")
          .append(r.containsKey("strictFloor") ? cell(r.get("strictFloor")) : "")
          .append(" | ")
          .append(cell(gh))
          .append(" | ")
          .append(cell(sp))
          .append(" | ")
          .append(floor != null && gh != null ? time(gh.ns - floor.ns) : "")
          .append(" | ")
          .append(floor != null && gh != null ? ratio(gh.ns / floor.ns) : "")
          .append(" | ")
          .append(sp != null && gh != null ? ratio(sp.ns / gh.ns) : "")
          .append(" |\n");
    }
    sb.append(
            "\nEach cell: time per operation ± JMH's 99.9% error, and bytes allocated per operation")
        .append(" (`gc.alloc.rate.norm`). For JWT rows the first column is raw nimbus.\n");
    return sb.toString();
  }

  private static String cell(Result r) {
    if (r == null) {
      return "—";
    }
    String bytes = Double.isNaN(r.bytes) ? "" : String.format(Locale.ROOT, "<br>%,.0f B", r.bytes);
    return time(r.ns) + " ± " + time(r.nsError) + bytes;
  }

  static String time(double ns) {
    double a = Math.abs(ns);
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
    }
    if (a >= 1e4) {
      return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", ns);
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  // ---------------------------------------------------------------------------------------------
  // SVG: grouped bars on a log scale, with JMH error bars

  static String svg(Map<String, Map<String, Result>> results) {
    List<String> groups = GROUPS.keySet().stream().filter(results::containsKey).toList();
    int left = 70;
    int top = 50;
    int plotH = 380;
    int groupW = 150;
    int barW = 24;
    int width = left + groups.size() * groupW + 20;
    int height = top + plotH + 130;
    double minExp = 0; // 1 ns
    double maxExp = 9; // 1 s
    for (Map<String, Result> r : results.values()) {
      for (Result x : r.values()) {
        maxExp = Math.min(10, Math.max(maxExp, Math.ceil(Math.log10(x.ns + x.nsError))));
      }
    }
    final double lo = minExp;
    final double hi = maxExp;
    java.util.function.DoubleUnaryOperator y =
        v -> top + plotH - (Math.log10(Math.max(v, Math.pow(10, lo))) - lo) / (hi - lo) * plotH;

    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height,
            width,
            height));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Extract and decide, time per"
                + " request (log scale, lower is better; whiskers: JMH 99.9%% error)</text>%n",
            left));
    for (int e = (int) lo; e <= (int) hi; e++) {
      double yy = y.applyAsDouble(Math.pow(10, e));
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
              left,
              width - 20,
              yy,
              yy));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              left - 6,
              yy + 4,
              AXIS[e]));
    }
    for (int gi = 0; gi < groups.size(); gi++) {
      String g = groups.get(gi);
      Map<String, Result> r = results.get(g);
      int gx = left + gi * groupW + 10;
      int present = 0;
      for (String series : SERIES) {
        if (r.containsKey(series)) {
          present++;
        }
      }
      int x = gx + (groupW - 20 - present * barW) / 2;
      for (int si = 0; si < SERIES.length; si++) {
        Result v = r.get(SERIES[si]);
        if (v == null) {
          continue;
        }
        double yTop = y.applyAsDouble(v.ns);
        double yBase = top + plotH;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s ± %s</title></rect>%n",
                x,
                yTop,
                barW - 2,
                yBase - yTop,
                SERIES_COLOUR[si],
                GROUPS.get(g),
                SERIES_LABEL[si],
                time(v.ns),
                time(v.nsError)));
        if (!Double.isNaN(v.nsError) && v.nsError > 0) {
          double y1 = y.applyAsDouble(v.ns + v.nsError);
          double y2 = y.applyAsDouble(Math.max(v.ns - v.nsError, Math.pow(10, lo)));
          double cx = x + (barW - 2) / 2.0;
          s.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
                  cx,
                  cx,
                  y1,
                  y2));
          s.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
                  cx - 4,
                  cx + 4,
                  y1,
                  y1));
        }
        double lx = x + (barW - 2) / 2.0;
        double ly = yTop - 6;
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>%n",
                lx + 3,
                ly,
                lx + 3,
                ly,
                time(v.ns)));
        x += barW;
      }
      String[] words = GROUPS.get(g).split(", ");
      for (int li = 0; li < words.length; li++) {
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                gx + (groupW - 20) / 2,
                top + plotH + 18 + 14 * li,
                escape(words[li])));
      }
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            left,
            width - 20,
            top + plotH,
            top + plotH));
    int ly = top + plotH + 75;
    int lx = left;
    for (int si = 0; si < SERIES.length; si++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
              lx,
              ly,
              SERIES_COLOUR[si]));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>%n",
              lx + 16,
              ly + 11,
              escape(SERIES_LABEL[si])));
      lx += 16 + SERIES_LABEL[si].length() * 7 + 20;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private Report() {}
}
