package dev.gatehouse.example;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures, for the whole example-module test run, every java.util.logging record at every level
 * (System.Logger goes to java.util.logging in this JVM) and everything written to System.out and
 * System.err. Registered for every test class through JUnit's extension auto-detection
 * (src/test/resources/junit-platform.properties and META-INF/services); installed once, before the
 * first test class runs. {@link NoSecretsInLogsTest} runs last and searches the capture.
 */
public final class LogCapture implements BeforeAllCallback {
  private static final StringBuffer CAPTURED = new StringBuffer();
  private static boolean installed;
  private static long records;
  private static long harnessRecords;

  /**
   * Debug records in which a third-party component echoes what a test itself sent, kept apart:
   * Selenium's FINE wire log of the browser test (the typed demo password, the page's curl text
   * with the token Swagger UI holds). Jetty logs through SLF4J to standard error, which is captured
   * and searched like everything else.
   */
  private static final StringBuffer HARNESS = new StringBuffer();

  static boolean isHarnessEcho(LogRecord record, String formatted) {
    String logger = String.valueOf(record.getLoggerName());
    return logger.startsWith("org.openqa.selenium")
        // PostgresModeTest: the PostgreSQL driver's FINER/FINEST wire log echoes the SQL sent,
        // among it gatehouse-jdbc's migration script, whose comments say "secret" (johndoe's
        // password). Its INFO and WARNING records are searched like everything else.
        || (logger.startsWith("org.postgresql")
            && record.getLevel().intValue() <= Level.FINER.intValue());
  }

  static String harness() {
    return HARNESS.toString();
  }

  static synchronized long harnessRecords() {
    return harnessRecords;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    Logger root = Logger.getLogger("");
    root.setLevel(Level.ALL);
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder();
            line.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ");
            line.append(record.getMessage());
            Object[] parameters = record.getParameters();
            if (parameters != null) {
              for (Object p : parameters) {
                line.append(" | ").append(p);
              }
              try {
                line.append(" | ")
                    .append(MessageFormat.format(String.valueOf(record.getMessage()), parameters));
              } catch (IllegalArgumentException e) {
                // not a MessageFormat pattern; the raw parameters are captured above
              }
            }
            if (record.getThrown() != null) {
              StringWriter trace = new StringWriter();
              record.getThrown().printStackTrace(new PrintWriter(trace));
              line.append('\n').append(trace);
            }
            synchronized (LogCapture.class) {
              records++;
              if (isHarnessEcho(record, line.toString())) {
                harnessRecords++;
                HARNESS.append(line).append('\n');
                return;
              }
            }
            CAPTURED.append(line).append('\n');
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    // The console handlers stay at INFO so the build output does not drown in FINEST records.
    for (Handler h : root.getHandlers()) {
      if (h != handler) {
        h.setLevel(Level.INFO);
      }
    }
    System.setOut(tee(System.out));
    System.setErr(tee(System.err));
  }

  private static PrintStream tee(PrintStream original) {
    OutputStream both =
        new OutputStream() {
          private final ByteArrayOutputStream line = new ByteArrayOutputStream();

          @Override
          public synchronized void write(int b) {
            original.write(b);
            line.write(b);
            if (b == '\n') {
              CAPTURED.append(line.toString(StandardCharsets.UTF_8));
              line.reset();
            }
          }

          @Override
          public synchronized void flush() {
            original.flush();
            CAPTURED.append(line.toString(StandardCharsets.UTF_8));
            line.reset();
          }
        };
    return new PrintStream(both, true, StandardCharsets.UTF_8);
  }

  /** Everything captured so far. */
  static String captured() {
    System.out.flush();
    System.err.flush();
    return CAPTURED.toString();
  }

  static synchronized long records() {
    return records;
  }
}
