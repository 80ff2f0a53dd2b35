package uk.practiceconnect.platform.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release's SQL surface: every statement its code sends to the database, each with where it comes
 * from and the JDBC types of its parameters on that release's own schema (docs/deploy.md, "expand,
 * then contract"). Stored one statement a line as {@code origin<TAB>types<TAB>sql}; lines starting
 * with {@code #} are notes.
 */
record SqlSurface(List<Statement> statements, List<String> notes) {

  record Statement(String origin, List<JDBCType> parameters, String sql) {

    /** The statement with its parameters' types as the database given reads them. */
    static Statement typed(Connection c, String origin, String sql) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        ParameterMetaData meta = s.getParameterMetaData();
        List<JDBCType> types = new ArrayList<>();
        for (int i = 1; i <= meta.getParameterCount(); i++) {
          types.add(type(meta.getParameterType(i)));
        }
        return new Statement(origin, types, sql);
      }
    }

    /**
     * Runs the statement with a sample value of each parameter's type, in a transaction rolled back
     * at once, with foreign keys not checked (the sample ids point nowhere): empty when it ran,
     * else what the database said.
     */
    Optional<String> tryOn(Connection c) {
      try {
        boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
        c.setAutoCommit(false);
        // on H2 a database setting, not a transaction's: set back below
        c.createStatement()
            .execute(
                h2
                    ? "set referential_integrity false"
                    : "set local session_replication_role = replica");
        try (PreparedStatement s = c.prepareStatement(sql)) {
          for (int i = 0; i < parameters.size(); i++) {
            Object value = sample(parameters.get(i));
            if (value == null) {
              s.setNull(i + 1, parameters.get(i).getVendorTypeNumber());
            } else {
              s.setObject(i + 1, value);
            }
          }
          s.execute();
          return Optional.empty();
        } finally {
          c.rollback();
          if (h2) {
            c.createStatement().execute("set referential_integrity true");
          }
        }
      } catch (SQLException e) {
        return Optional.of(e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse(""));
      }
    }

    String line() {
      return origin
          + "\t"
          + String.join(",", parameters.stream().map(JDBCType::getName).toList())
          + "\t"
          + sql;
    }

    static Statement parse(String line) {
      String[] parts = line.split("\t", 3);
      List<JDBCType> types =
          parts[1].isEmpty()
              ? List.of()
              : Arrays.stream(parts[1].split(",")).map(JDBCType::valueOf).toList();
      return new Statement(parts[0], types, parts[2]);
    }

    private static JDBCType type(int vendorNumber) {
      try {
        return JDBCType.valueOf(vendorNumber);
      } catch (IllegalArgumentException e) {
        return JDBCType.OTHER;
      }
    }
  }

  /** A value of the type that any column of it accepts; null where none is known. */
  static Object sample(JDBCType type) {
    return switch (type) {
      case BIGINT -> 1L;
      case INTEGER, SMALLINT, TINYINT -> 1;
      case BOOLEAN, BIT -> false;
      case CHAR, VARCHAR, LONGVARCHAR, NCHAR, NVARCHAR, LONGNVARCHAR, CLOB, NCLOB -> "x";
      case NUMERIC, DECIMAL -> BigDecimal.ONE;
      case DOUBLE, FLOAT, REAL -> 1.0;
      case DATE -> LocalDate.of(2026, 1, 1);
      case TIME -> LocalTime.NOON;
      case TIMESTAMP -> LocalDateTime.of(2026, 1, 1, 12, 0);
      case TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
      case BINARY, VARBINARY, LONGVARBINARY, BLOB -> new byte[] {1};
      default -> null;
    };
  }

  /**
   * The statements captured ({@code sql -> origin}) that run on the capture's own schema, with
   * their parameters' types ({@code hints}: types by statement where the database there reads them
   * better); a native text that does not run is noted (a part of a statement), anything else that
   * does not is a fault of the capture.
   */
  static SqlSurface ofCaptured(
      Connection c, Map<String, String> captured, Map<String, List<JDBCType>> hints)
      throws SQLException {
    List<Statement> statements = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> faults = new ArrayList<>();
    for (Map.Entry<String, String> e : captured.entrySet()) {
      String sql = e.getKey();
      String origin = e.getValue();
      Optional<String> error;
      Statement s = null;
      try {
        s = Statement.typed(c, origin, sql);
        error = s.tryOn(c);
        if (error.isPresent() && hints.containsKey(sql)) {
          // H2 reads some parameters' types as text (a row count, a value selected)
          s = new Statement(origin, hints.get(sql), sql);
          error = s.tryOn(c);
        }
      } catch (SQLException notSql) {
        error =
            Optional.of("does not prepare: " + notSql.getMessage().lines().findFirst().orElse(""));
      }
      if (error.isEmpty()) {
        statements.add(s);
      } else if (origin.startsWith("native ")) {
        notes.add(
            "not run, not SQL on its own (a part, or built at run time): "
                + origin
                + ": "
                + sql
                + " ("
                + error.get()
                + ")");
      } else {
        faults.add(origin + ": " + error.get() + ": " + sql);
      }
    }
    c.setAutoCommit(true);
    if (!faults.isEmpty()) {
      throw new IllegalStateException(
          "captured statements fail on their own schema:\n" + String.join("\n", faults));
    }
    return new SqlSurface(statements, notes);
  }

  /** What fails of this surface on the database given, one line each naming the statement. */
  List<String> failuresOn(Connection c) throws SQLException {
    List<String> failures = new ArrayList<>();
    for (Statement s : statements) {
      s.tryOn(c)
          .ifPresent(error -> failures.add(s.origin() + ": " + error + "\n    in: " + s.sql()));
    }
    c.setAutoCommit(true);
    return failures;
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    notes.forEach(n -> lines.add("# " + n));
    statements.forEach(s -> lines.add(s.line()));
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }

  static SqlSurface read(Path file) throws IOException {
    List<Statement> statements = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("#")) {
        notes.add(line.substring(1).strip());
      } else if (!line.isBlank()) {
        statements.add(Statement.parse(line));
      }
    }
    return new SqlSurface(statements, notes);
  }
}
