package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * A fresh, empty database for a plain JUnit test of SQL: an in-memory H2 ({@code "h2"}), or a
 * schema of its own in the PostgreSQL on 127.0.0.1:5432 ({@code "postgresql"}; database {@code
 * -Dpg.database}, default {@code test}), dropped on close. Where that PostgreSQL does not answer,
 * the test is skipped, so the README's test command passes on a machine without one.
 */
public record ScratchDatabase(String kind, String url, String user, Runnable cleanup)
    implements AutoCloseable {

  public static ScratchDatabase open(String kind, String name) {
    if (kind.equals("h2")) {
      String url = "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
      return new ScratchDatabase(kind, url, "sa", () -> {});
    }
    String schema = name.replace('-', '_') + "_" + Long.toHexString(System.nanoTime());
    String base = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("pg.database", "test");
    try (Connection c = DriverManager.getConnection(base, "postgres", "")) {
      c.createStatement().execute("create schema " + schema);
    } catch (SQLException e) {
      assumeTrue(false, "PostgreSQL not reachable on 127.0.0.1:5432: " + e.getMessage());
    }
    return new ScratchDatabase(
        kind,
        base + "?currentSchema=" + schema,
        "postgres",
        () -> {
          try (Connection c = DriverManager.getConnection(base, "postgres", "")) {
            c.createStatement().execute("drop schema " + schema + " cascade");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Opens one with the application's migrations applied. */
  public static ScratchDatabase migrated(String kind, String name) {
    ScratchDatabase db = open(kind, name);
    db.migrate("classpath:db/migration");
    return db;
  }

  /** Applies the migrations at the Flyway location given (classpath:… or filesystem:…). */
  public void migrate(String location) {
    Flyway.configure().dataSource(url, user, "").locations(location).load().migrate();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }

  /** Named parameters (":now") as JPA takes them, bound as JDBC "?" in order. */
  public static PreparedStatement prepare(Connection c, String sql, Map<String, Object> params)
      throws SQLException {
    Matcher m = Pattern.compile(":([a-zA-Z]+)").matcher(sql);
    List<Object> values = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder();
    while (m.find()) {
      if (!params.containsKey(m.group(1))) {
        throw new IllegalArgumentException("no value for :" + m.group(1));
      }
      values.add(params.get(m.group(1)));
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement s = c.prepareStatement(jdbc.toString());
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      s.setObject(i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
    }
    return s;
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
