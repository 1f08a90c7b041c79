package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: when start-up finds no generated glue at all, the error says that the processor did not
 * run and how to put it on the processor path, instead of "no such scheme is declared".
 */
class NoGeneratedCodeTest {
  @Test
  void startUpWithoutAnyGeneratedCodeSaysTheProcessorDidNotRun() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // A class path without any META-INF/services entry of Gatehouse's generated classes.
    thread.setContextClassLoader(
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()));
    try {
      assertThatThrownBy(
              () ->
                  Gatehouse.builder()
                      .apiKey("APIKeyHeader", key -> Verification.rejected())
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(Gatehouse.NO_GENERATED_CODE)
          .hasMessageContaining("gatehouse-processor did not run")
          .hasMessageContaining("annotationProcessorPaths")
          .hasMessageContaining("maven-compiler-plugin 3.5 or newer")
          .hasMessageNotContaining("no such scheme is declared");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
