package dev.gatehouse.runtime.webflux;

/**
 * Deciding in place needs Reactor Netty 1.3.8 or later wherever Reactor Netty is on the class path.
 *
 * <p>Up to 1.3.7, a keep-alive connection stopped reading after a request that had been queued
 * behind another was answered inside the queue's drain (reactor-netty#4361): the connection's next
 * request was never read. A request decided in place with a synchronous handler is answered exactly
 * there, so turning the switch on with an older Reactor Netty would stall clients; the filter
 * refuses to start instead. Spring Boot 4.0.7 manages 1.3.6.
 */
final class ReactorNettyVersion {
  static final String FIXED = "1.3.8";

  private ReactorNettyVersion() {}

  /**
   * The version of Reactor Netty's HTTP module visible to {@code loader}, or null when it is absent
   * or its version cannot be told: only the manifest of reactor-netty-http's own jar is trusted (in
   * a shaded jar the package reports the application's manifest, or none).
   */
  static String onClassPath(ClassLoader loader) {
    try {
      Class<?> server = Class.forName("reactor.netty.http.server.HttpServer", false, loader);
      Package p = server.getPackage();
      if (p == null || !"reactor-netty-http".equals(p.getImplementationTitle())) {
        return null;
      }
      return p.getImplementationVersion();
    } catch (ClassNotFoundException | LinkageError e) {
      return null; // another server (or none): nothing to check
    }
  }

  /**
   * Refuses {@code version} when it is older than {@link #FIXED}; null or a version that does not
   * start with a number is unknown and allowed.
   */
  static void requireFixed(String version) {
    if (version != null && older(version)) {
      throw new IllegalStateException(
          "Deciding in place (gatehouse.webflux.decide-in-place, or the GatehouseWebFilter"
              + " constructor's decideInPlace) needs Reactor Netty "
              + FIXED
              + " or later, found "
              + version
              + ": older versions stop reading a keep-alive connection after a queued request is"
              + " answered at once (reactor-netty#4361), which deciding in place makes likely."
              + " Manage reactor-netty-http and reactor-netty-core "
              + FIXED
              + " (with Netty 4.2.18.Final; docs/spring.md, Threading), or leave deciding in place"
              + " off.");
    }
  }

  /** Whether the dotted version {@code version} is older than {@link #FIXED}; false if unknown. */
  static boolean older(String version) {
    if (version.isEmpty() || version.charAt(0) < '0' || version.charAt(0) > '9') {
      return false; // "", "${version}", "v1.3.8": not a version this check can judge
    }
    int[] have = numbers(version);
    int[] fixed = numbers(FIXED);
    for (int i = 0; i < fixed.length; i++) {
      if (have[i] != fixed[i]) {
        return have[i] < fixed[i];
      }
    }
    return false;
  }

  /** The leading major, minor and patch numbers ({@code 1.3.8-SNAPSHOT} is 1, 3, 8). */
  private static int[] numbers(String version) {
    int[] out = new int[3];
    int part = 0;
    for (int i = 0; i < version.length() && part < 3; i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        out[part] = Math.min(out[part] * 10 + (c - '0'), 1_000_000);
      } else if (c == '.') {
        part++;
      } else {
        break;
      }
    }
    return out;
  }
}
