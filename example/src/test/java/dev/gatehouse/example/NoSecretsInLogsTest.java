package dev.gatehouse.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5 (security rules 1.10, ASVS 16.2.5): none of the passwords, API keys, tokens,
 * client secrets and forged signatures that the example module's tests used, and no JWT-shaped
 * string at all, appears in any log record (every level, from every logger) or in System.out/err
 * captured by {@link LogCapture} during the whole run. Runs after every other test class
 * ({@code @Order} with the class orderer of junit-platform.properties).
 *
 * <p>The only records searched separately are third-party debug echoes of what a test itself sent
 * (see {@link LogCapture#isHarnessEcho}); they are counted in target/no-secrets-summary.txt, and
 * none of them comes from a Gatehouse or example-service logger.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogsTest {

  /** Any compact JWS/JWT-shaped string: header and payload are base64url JSON objects. */
  private static final Pattern JWT_SHAPED =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?");

  @Test
  void noSecretInCapturedOutput() throws IOException {
    LogCapture.install(); // no-op when the extension already ran
    String canary = "log-capture-canary-" + System.nanoTime();
    System.getLogger("dev.gatehouse.example.canary").log(System.Logger.Level.TRACE, canary);
    System.err.println(canary + "-stderr");
    String captured = LogCapture.captured();
    assertThat(captured).as("the capture sees System.Logger TRACE records").contains(canary);
    assertThat(captured).as("the capture sees System.err").contains(canary + "-stderr");

    Set<String> secrets = Secrets.all();
    List<String> found = new ArrayList<>();
    for (String secret : secrets) {
      int at = captured.indexOf(secret);
      if (at >= 0) {
        found.add(mask(lineAround(captured, at), secrets));
      }
    }
    Matcher jwt = JWT_SHAPED.matcher(captured);
    List<String> tokens = new ArrayList<>();
    while (jwt.find()) {
      tokens.add(mask(lineAround(captured, jwt.start()), secrets));
    }
    String harness = LogCapture.harness();
    long harnessWithSecrets =
        harness
            .lines()
            .filter(l -> secrets.stream().anyMatch(l::contains) || JWT_SHAPED.matcher(l).find())
            .count();
    Path summary = Path.of("target", "no-secrets-summary.txt");
    Files.createDirectories(summary.getParent());
    Files.writeString(
        summary,
        "secrets searched: "
            + secrets.size()
            + "\nsecrets found: "
            + found.size()
            + "\nJWT-shaped strings found: "
            + tokens.size()
            + "\ncaptured characters searched: "
            + captured.length()
            + "\nlog records captured: "
            + LogCapture.records()
            + "\nthird-party echo records kept apart: "
            + LogCapture.harnessRecords()
            + " (lines holding a test-sent credential: "
            + harnessWithSecrets
            + ")\n"
            + String.join("\n", found)
            + "\n"
            + String.join("\n", tokens)
            + "\n",
        StandardCharsets.UTF_8);
    assertThat(secrets.size()).as("secrets registered by the suite").isGreaterThan(20);
    assertThat(found).as("secrets found in the captured output").isEmpty();
    assertThat(tokens).as("JWT-shaped strings in the captured output").isEmpty();
  }

  private static String lineAround(String text, int at) {
    int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** The line with every secret and JWT-shaped string masked, so a report cannot leak them. */
  private static String mask(String line, Set<String> secrets) {
    String masked = JWT_SHAPED.matcher(line).replaceAll("<JWT>");
    for (String secret : secrets) {
      masked = masked.replace(secret, "<SECRET>");
    }
    return masked.substring(0, Math.min(160, masked.length()));
  }
}
