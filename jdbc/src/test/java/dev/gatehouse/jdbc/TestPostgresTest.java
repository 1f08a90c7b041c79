package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
  @Test
  void startsRealPostgresAndStopsIt() throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      try (Connection c = pg.dataSource().getConnection();
          ResultSet rs = c.createStatement().executeQuery("select version()")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("PostgreSQL");
      }
    }
  }
}
