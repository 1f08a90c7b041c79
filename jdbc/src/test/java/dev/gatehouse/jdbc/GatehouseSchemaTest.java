package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatehouseSchemaTest {
  private static TestPostgres pg;

  @BeforeAll
  static void startPostgres() {
    pg = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @BeforeEach
  void empty() throws Exception {
    pg.reset();
  }

  private static List<String> query(String sql) throws Exception {
    try (Connection c = pg.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  @Test
  void replicasStartingTogetherApplyEachMigrationOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          pool.submit(
              () -> {
                GatehouseSchema.migrate(pg.dataSource());
                return null;
              }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    GatehouseSchema.migrate(pg.dataSource());

    assertThat(query("SELECT script FROM gatehouse_schema_history"))
        .containsExactlyElementsOf(GatehouseSchema.MIGRATIONS);
    assertThat(query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'gatehouse%'"))
        .contains("gatehouse_api_key", "gatehouse_user", "gatehouse_throttle");
  }

  @Test
  void theHotPathLooksUpByIndexNeverByScan() throws Exception {
    GatehouseSchema.migrate(pg.dataSource());
    try (Connection c = pg.dataSource().getConnection()) {
      c.createStatement().execute("SET enable_seqscan = off");
      for (String sql :
          List.of(
              "EXPLAIN SELECT * FROM gatehouse_api_key WHERE key_id = 'x'",
              "EXPLAIN SELECT * FROM gatehouse_user WHERE name = 'x'",
              "EXPLAIN SELECT * FROM gatehouse_throttle WHERE bucket = '\\x00'")) {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
          rs.next();
          assertThat(rs.getString(1)).as(sql).contains("Index");
        }
      }
    }
  }

  @Test
  void aChangedAppliedMigrationIsRefused() throws Exception {
    GatehouseSchema.migrate(pg.dataSource());
    try (Connection c = pg.dataSource().getConnection()) {
      c.createStatement().execute("UPDATE gatehouse_schema_history SET checksum = repeat('0', 64)");
    }
    assertThatThrownBy(() -> GatehouseSchema.migrate(pg.dataSource()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has changed");
  }

  @Test
  void migrationFilesFollowFlywayNaming() {
    for (String script : GatehouseSchema.MIGRATIONS) {
      assertThat(script).matches("V[0-9]+__[a-z_]+\\.sql");
      assertThat(GatehouseSchema.read(script)).contains("CREATE TABLE");
    }
  }
}
