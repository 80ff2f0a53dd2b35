package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * During a rolling upgrade the previous release runs against the new schema (docs/deploy.md): a
 * database is migrated with the previous release's migrations only (those files of today whose
 * checksums match the ones it shipped), then with this code's, and every statement the previous
 * release's code sends (its SQL surface, recorded by {@link SqlSurfaceSnapshot} under {@code
 * src/test/resources/releases/<release>/}) must still run. On H2 always, on PostgreSQL when one
 * answers on 127.0.0.1:5432 (each in a scratch database or schema).
 */
class PreviousReleaseCompatibilityTest {

  static final Path RELEASES = SqlSurfaceSnapshot.RELEASES;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void thePreviousReleasesStatementsAllRunOnTheNewSchema(String kind, @TempDir Path scratch)
      throws IOException, SQLException {
    Path release = previousRelease();
    try (ScratchDatabase db = ScratchDatabase.open(kind, "previous-release")) {
      List<String> failures = failuresAfterUpgrade(db, release, "classpath:db/migration", scratch);
      assertEquals(
          List.of(),
          failures,
          "statements of release "
              + release.getFileName()
              + " that fail on the new schema: make the migration expand only, or deploy with a"
              + " stop (docs/deploy.md)");
    }
  }

  /** Flyway's rule too: a migration, once released, never changes. */
  @Test
  void everyMigrationThePreviousReleaseShippedIsUnchanged() throws IOException {
    Map<String, String> shipped = shippedMigrations(previousRelease());
    assertFalse(shipped.isEmpty());
    for (Map.Entry<String, String> m : shipped.entrySet()) {
      Path now = MigrationsExpandOnlyTest.MIGRATIONS.resolve(m.getKey());
      assertTrue(Files.exists(now), m.getKey() + " was released and is gone");
      assertEquals(
          m.getValue(),
          SqlSurfaceSnapshot.sha256(now),
          m.getKey() + " was released and has changed since (its checksum differs)");
    }
  }

  /**
   * The check sees a migration that takes away or tightens what the previous release uses, and
   * names the statement it breaks: even one named as a contract step, which the static check
   * ({@link MigrationsExpandOnlyTest}) lets through.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "alter table practice rename column name to display_name | entity Practice insert: | NAME",
        "alter table practice add column region varchar(20) not null"
            + " | entity Practice insert: | REGION",
        "alter table reminder drop column clinician | jpql ReminderLog: | CLINICIAN"
      })
  void aMigrationThatBreaksThePreviousReleaseFails(
      String migration, String statement, String column, @TempDir Path scratch)
      throws IOException, SQLException {
    Path migrations = Files.createDirectories(scratch.resolve("broken"));
    try (Stream<Path> current = Files.list(MigrationsExpandOnlyTest.MIGRATIONS)) {
      for (Path f : current.toList()) {
        Files.copy(f, migrations.resolve(f.getFileName()));
      }
    }
    Files.writeString(migrations.resolve("V999__contract_test.sql"), migration + ";\n");
    try (ScratchDatabase db = ScratchDatabase.open("h2", "previous-release-broken")) {
      List<String> failures =
          failuresAfterUpgrade(db, previousRelease(), "filesystem:" + migrations, scratch);
      assertTrue(
          failures.stream().anyMatch(f -> f.startsWith(statement) && f.contains(column)),
          statement + " should fail, naming " + column + ": " + failures);
    }
  }

  /**
   * Migrates the empty database with the release's own migrations (copied into {@code scratch}),
   * then with those at {@code location}, and runs the release's statements on the result: what
   * fails, each naming its statement.
   */
  static List<String> failuresAfterUpgrade(
      ScratchDatabase db, Path release, String location, Path scratch)
      throws IOException, SQLException {
    SqlSurface surface = SqlSurface.read(release.resolve("sql-surface-" + db.kind() + ".txt"));
    Path shipped = Files.createDirectories(scratch.resolve("shipped"));
    for (String name : shippedMigrations(release).keySet()) {
      Files.copy(MigrationsExpandOnlyTest.MIGRATIONS.resolve(name), shipped.resolve(name));
    }
    db.migrate("filesystem:" + shipped);
    db.migrate(location);
    try (Connection c = db.connect()) {
      return surface.failuresOn(c);
    }
  }

  /** The release's migrations: name, SHA-256 of the content. */
  static Map<String, String> shippedMigrations(Path release) throws IOException {
    Map<String, String> shipped = new TreeMap<>();
    for (String line : Files.readAllLines(release.resolve(SqlSurfaceSnapshot.MIGRATIONS))) {
      String[] parts = line.split("\t");
      shipped.put(parts[0], parts[1]);
    }
    return shipped;
  }

  /**
   * The one release recorded: the last one deployed, which the next must run beside; or, for a
   * check by hand of another, the folder {@code -Dprevious.release=} names (as SqlSurfaceSnapshot
   * writes it).
   */
  static Path previousRelease() throws IOException {
    String other = System.getProperty("previous.release");
    if (other != null && !other.isBlank()) {
      return Path.of(other);
    }
    try (Stream<Path> dirs = Files.list(RELEASES)) {
      List<Path> releases = dirs.filter(Files::isDirectory).toList();
      assertEquals(1, releases.size(), "one release recorded in " + RELEASES + ": " + releases);
      return releases.get(0);
    }
  }
}
