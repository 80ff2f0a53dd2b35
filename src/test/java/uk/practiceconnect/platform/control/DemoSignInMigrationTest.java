package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V5 marks the sign-ins an earlier demo mode created, so they can be switched off. */
class DemoSignInMigrationTest {

  @Test
  void marksTheDemoSignInsOfADatabaseSeededBeforeIt() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("4")
        .load()
        .migrate();
    try (Connection c = ds.getConnection();
        var s = c.createStatement()) {
      s.execute(
          "insert into practice (id, ods_code, name, created_at) values (1, 'A81001', 'R', now())");
      for (String[] u :
          new String[][] {
            {"support.desk", "PLATFORM_ADMIN", "null"},
            {"riverside.manager", "PRACTICE_ADMIN", "1"},
            {"mia.hughes", "PRACTICE_ADMIN", "1"}
          }) {
        s.execute(
            "insert into app_user (username, display_name, password_hash, role, practice_id,"
                + " created_at) values ('"
                + u[0]
                + "', 'x', 'h', '"
                + u[1]
                + "', "
                + u[2]
                + ", now())");
      }
      s.execute(
          "insert into audit_entry (occurred_at, actor, practice_id, action, field, detail) values"
              + " (now(), 'demo-setup', 1, 'PRACTICE_ADMIN_ADDED', 'username',"
              + " 'Added practice admin riverside.manager'),"
              + " (now(), 'support.desk', 1, 'PRACTICE_ADMIN_ADDED', 'username',"
              + " 'Added practice admin mia.hughes')");
    }

    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

    List<String> demo = new ArrayList<>();
    try (Connection c = ds.getConnection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "select username from app_user where demo and disabled_at is null"
                        + " order by username")) {
      while (rs.next()) {
        demo.add(rs.getString(1));
      }
    }
    assertEquals(List.of("riverside.manager", "support.desk"), demo);
  }
}
