package dev.gatehouse.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One fresh JVM of the start-up benchmark ({@link Startup}): what swagger-core does to have a
 * document ready, namely load the JAX-RS resource types, let its runtime {@code Reader} build the
 * OpenAPI model from their JAX-RS and swagger annotations (security from {@code @SecurityScheme}
 * and {@code @SecurityRequirement}), and serialise the model to a JSON {@code String}.
 *
 * <p>The resource types are named in {@code synth/resources.txt} on the class path, one per line,
 * and handed to {@code Reader.read(Set)} directly: no class-path scanning, the cheapest way to
 * drive swagger-core (its scanners would add to its time). Loading the classes is counted, since
 * Gatehouse needs none of them loaded to serve its document.
 *
 * <p>Prints the same line as {@link StartupGatehouse}.
 */
public final class StartupSwagger {
  public static void main(String[] args) throws Exception {
    long main = System.nanoTime();
    Set<Class<?>> classes = new LinkedHashSet<>();
    ClassLoader loader = StartupSwagger.class.getClassLoader();
    for (String name : lines(loader, "synth/resources.txt")) {
      classes.add(Class.forName(name, true, loader));
    }
    OpenAPI model = new Reader(new OpenAPI()).read(classes);
    String document = Json.mapper().writeValueAsString(model);
    long ready = System.nanoTime();
    long cpu = Startup.processCpuNanos();
    String counts = "operations=-1";
    if (List.of(args).contains("verify")) {
      counts = Startup.counts(new ObjectMapper().readTree(document));
    }
    System.out.println(
        "main="
            + main
            + " ready="
            + ready
            + " cpu="
            + cpu
            + " bytes="
            + document.length()
            + " "
            + counts);
  }

  private static String[] lines(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
    }
  }

  private StartupSwagger() {}
}
