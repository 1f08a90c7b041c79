package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.ApiKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiKeyCliTest {
  private static final String PEPPER = "a pepper of at least thirty-two bytes";
  private static TestPostgres pg;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void startPostgres() {
    pg = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  private int cli(String... args) {
    out.reset();
    err.reset();
    return ApiKeyCli.run(
        args,
        Map.of(ApiKeyCli.PEPPER_ENV, PEPPER),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        pg.dataSource());
  }

  private String[] lines() {
    return out.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void migrateIssueRotateRevokeAndList() throws Exception {
    assertThat(cli("migrate")).isZero();
    assertThat(
            cli(
                "issue",
                "--principal",
                "billing",
                "--scope",
                "a",
                "--scope",
                "b",
                "--expires-in",
                "P90D"))
        .isZero();
    String key = lines()[1];
    try (JdbcApiKeys keys =
        JdbcApiKeys.builder(pg.dataSource())
            .pepper(PEPPER.getBytes(StandardCharsets.UTF_8))
            .build()) {
      var v = keys.verify(new ApiKey(key));
      assertThat(v.principal()).isEqualTo("billing");
      assertThat(v.scopes()).containsExactlyInAnyOrder("a", "b");
      String keyId = keys.format().keyId(key).orElseThrow();

      assertThat(cli("rotate", keyId, "--overlap", "PT0S")).isZero();
      String rotated = lines()[1];
      assertThat(keys.verify(new ApiKey(rotated)).isGranted()).isTrue();

      assertThat(cli("revoke", keys.format().keyId(rotated).orElseThrow())).isZero();
      assertThat(cli("revoke", keys.format().keyId(rotated).orElseThrow())).isEqualTo(1);
      assertThat(cli("list", "billing")).isZero();
      assertThat(lines()).hasSize(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(key).doesNotContain(rotated);
    }
  }

  @Test
  void usageErrorsExitWithTwoAndNameTheProblem() {
    assertThat(cli()).isEqualTo(2);
    assertThat(cli("issue")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--principal is required");
    assertThat(cli("frobnicate")).isEqualTo(2);
    assertThat(cli("issue", "--principal", "x", "--expires-in", "soon")).isEqualTo(2);
    assertThat(cli("rotate", "0000000000000000")).isEqualTo(1);
  }
}
