package dev.gatehouse.it.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.it.JettyConnectors;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.jaxrs.GatehouseFeature;
import dev.gatehouse.runtime.jdkhttp.GatehouseHttpFilter;
import dev.gatehouse.runtime.servlet.GatehouseServletFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Generated endpoint interfaces compiled with the real processor (from the processor path Maven
 * copies to {@code target/processor-path}), loaded, and served on three adapters at once: Jersey
 * with {@link GatehouseFeature}, Jetty with {@link GatehouseServletFilter}, and the JDK {@code
 * HttpServer} with {@link GatehouseHttpFilter}, which also serves the generated document.
 */
final class GeneratedService implements AutoCloseable {
  static final String TITLE = "Generated";

  private final URLClassLoader loader;
  private final List<Stopper> servers = new ArrayList<>();

  /** Stops one server. */
  private interface Stopper {
    void stop() throws Exception;
  }

  private final Map<String, URI> adapters = new java.util.LinkedHashMap<>();
  private URI document;

  private GeneratedService(URLClassLoader loader) {
    this.loader = loader;
  }

  /** Compiles {@code sources} into {@code work} and starts the three servers. */
  static GeneratedService start(Map<String, String> sources, Path work) throws Exception {
    return start(sources, work, List.of());
  }

  /**
   * Compiles {@code sources} into {@code work} with the processor options {@code options} added
   * (such as {@code -Agatehouse.refusals=problem}) and starts the three servers.
   */
  static GeneratedService start(Map<String, String> sources, Path work, List<String> options)
      throws Exception {
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    Path generated = work.resolve("generated");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file.toFile());
    }
    compile(files, classes, generated, options);
    URLClassLoader loader =
        new URLClassLoader(
            new java.net.URL[] {classes.toUri().toURL()}, GeneratedService.class.getClassLoader());
    GeneratedService service = new GeneratedService(loader);
    try {
      Gatehouse gatehouse = gatehouse(loader);
      List<Class<?>> resources = new ArrayList<>();
      for (String name : sources.keySet()) {
        if (name.endsWith("Resource")) {
          resources.add(loader.loadClass(name));
        }
      }
      service.startJersey(gatehouse, resources);
      service.startServlet(gatehouse);
      service.startJdk(gatehouse);
      return service;
    } catch (Exception | Error e) {
      try {
        service.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The adapters' base URIs by name. */
  Map<String, URI> adapters() {
    return adapters;
  }

  /** Where the JDK server serves the generated {@code openapi.json}. */
  URI document() {
    return document;
  }

  private static void compile(
      List<File> files, Path classes, Path generated, List<String> processorOptions)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("java.class.path");
    String processorDir = System.getProperty("gatehouse.processor.path");
    assertThat(processorDir)
        .as("system property gatehouse.processor.path (set by the pom)")
        .isNotNull();
    List<String> processorPath = new ArrayList<>();
    try (Stream<Path> jars = Files.list(Path.of(processorDir))) {
      jars.filter(p -> p.toString().endsWith(".jar")).forEach(p -> processorPath.add(p.toString()));
    }
    // The processor's own dependencies (Jackson, the annotations) are on the test class path.
    processorPath.add(classPath);
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
      List<String> options = new ArrayList<>(processorOptions);
      options.addAll(
          List.of(
              "-d",
              classes.toString(),
              "-s",
              generated.toString(),
              "-classpath",
              classPath,
              "-processorpath",
              String.join(File.pathSeparator, processorPath),
              "-processor",
              "dev.gatehouse.processor.SecurityProcessor",
              "-Agatehouse.info.title=" + TITLE,
              "-Xlint:-options",
              "-nowarn"));
      Boolean ok = javac.getTask(out, fm, null, options, null, units).call();
      assertThat(ok).as("compilation of the generated interfaces:\n%s", out).isTrue();
    }
  }

  private static Gatehouse gatehouse(ClassLoader loader) {
    // Only this compilation's classes: the parent loader lists the sample service's glue too.
    List<GeneratedScheme> schemes = new ArrayList<>();
    ServiceLoader.load(GeneratedScheme.class, loader).stream()
        .filter(p -> p.type().getClassLoader() == loader)
        .forEach(p -> schemes.add(p.get()));
    List<GeneratedEndpoint> endpoints = new ArrayList<>();
    ServiceLoader.load(GeneratedEndpoint.class, loader).stream()
        .filter(p -> p.type().getClassLoader() == loader)
        .forEach(p -> endpoints.add(p.get()));
    Gatehouse.Builder b = Gatehouse.builder().generated(schemes, endpoints);
    for (String name : List.of("KeyA", "KeyB", "QueryKey", "CookieKey")) {
      b.apiKey(name, k -> verify(name, k.key()));
    }
    for (String name : List.of("HTTPBasic", "AdminBasic")) {
      b.basic(name, c -> verify(name, c.username() + ":" + c.password()));
    }
    for (String name : List.of("HTTPBearer", "OAuth2PasswordBearer", "OpenIdConnect")) {
      b.bearer(name, t -> verify(name, t.token()));
    }
    b.http("HTTPBase", c -> verify("HTTPBase", c.credentials()));
    return b.build();
  }

  private static Verification verify(String scheme, String credential) {
    Set<String> scopes = DocumentOracle.VALID.get(scheme).get(credential);
    return scopes == null
        ? Verification.rejected()
        : Verification.granted(scheme + "-user", scopes);
  }

  private void startJersey(Gatehouse gatehouse, List<Class<?>> resources) {
    ResourceConfig config = new ResourceConfig();
    resources.forEach(config::register);
    config.register(new GatehouseFeature(gatehouse));
    HttpServer server =
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    servers.add(() -> server.stop(0));
    adapters.put("jersey", URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  private void startServlet(Gatehouse gatehouse) throws Exception {
    Server server = new Server();
    ServerConnector connector = JettyConnectors.loopback(server);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new GatehouseServletFilter(gatehouse)),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder("ok", new Ok()), "/");
    server.setHandler(context);
    server.start();
    servers.add(server::stop);
    adapters.put("servlet", URI.create("http://127.0.0.1:" + connector.getLocalPort()));
  }

  private void startJdk(Gatehouse gatehouse) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server
        .createContext("/", e -> answer(e, "ok".getBytes(StandardCharsets.UTF_8)))
        .getFilters()
        .add(new GatehouseHttpFilter(gatehouse));
    server.createContext(
        "/openapi.json",
        e -> {
          // This compilation's document, not the sample service's the parent loader would find.
          try (InputStream in = loader.findResource("META-INF/openapi.json").openStream()) {
            answer(e, in.readAllBytes());
          }
        });
    server.start();
    servers.add(() -> server.stop(0));
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    adapters.put("jdk-http", base);
    document = base.resolve("/openapi.json");
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Answers every request that gets past the filter. */
  private static final class Ok extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setStatus(200);
      response.getOutputStream().write("ok".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Stopper server : servers) {
      try {
        server.stop();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IOException("a server did not stop", e);
        }
      }
    }
    loader.close();
    if (failure != null) {
      throw failure;
    }
  }
}
