package uk.practiceconnect.platform.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records the release being made as the one the next must stay compatible with (docs/deploy.md):
 * its SQL surface on H2 and on PostgreSQL, and the names and checksums of its migrations, under
 * {@code src/test/resources/releases/<release>/}, replacing the release recorded before. Run once
 * per release, from that release's code, and commit what it writes:
 *
 * <pre>mvn -q test -Dtest=SqlSurfaceSnapshot -Dsnapshot.write=true -Drelease=stop-22</pre>
 */
@EnabledIfSystemProperty(named = "snapshot.write", matches = "true")
class SqlSurfaceSnapshot {

  static final Path RELEASES = Path.of("src/test/resources/releases");

  @Test
  void writesTheReleasesSqlSurfaceAndMigrations() throws IOException, SQLException {
    String release = System.getProperty("release");
    if (release == null || !release.matches("[\\w.-]+")) {
      throw new IllegalArgumentException("name the release: -Drelease=stop-22");
    }
    Path dir = RELEASES.resolve(release);
    write(dir, release);
    try (Stream<Path> others = Files.list(RELEASES)) {
      for (Path other : others.filter(p -> !p.equals(dir)).toList()) {
        delete(other);
      }
    }
  }

  /** Writes one release's surface and migrations into the folder given (also a scratch one). */
  static void write(Path dir, String release) throws IOException, SQLException {
    Map<String, SqlSurface> surfaces = new LinkedHashMap<>();
    Map<String, List<JDBCType>> types = new HashMap<>();
    // PostgreSQL first: it says the type of every parameter, H2 takes some for text. Without it
    // the test is skipped here, before anything is deleted.
    for (String kind : List.of("postgresql", "h2")) {
      try (ScratchDatabase db = ScratchDatabase.migrated(kind, "snapshot")) {
        SqlSurface captured = SqlSurfaceCapture.of(db, types);
        captured.statements().forEach(s -> types.putIfAbsent(s.sql(), s.parameters()));
        List<String> notes = new ArrayList<>();
        notes.add(
            "The SQL release "
                + release
                + " sends to "
                + kind
                + ": origin, parameter types, statement.");
        notes.add("Written by SqlSurfaceSnapshot (docs/deploy.md); do not edit.");
        notes.addAll(captured.notes());
        surfaces.put(kind, new SqlSurface(captured.statements(), notes));
      }
    }
    delete(dir);
    for (Map.Entry<String, SqlSurface> s : surfaces.entrySet()) {
      s.getValue().write(dir.resolve("sql-surface-" + s.getKey() + ".txt"));
    }
    List<String> migrations = new ArrayList<>();
    try (Stream<Path> files = Files.list(MigrationsExpandOnlyTest.MIGRATIONS)) {
      for (Path f : files.sorted().toList()) {
        migrations.add(f.getFileName() + "\t" + sha256(f));
      }
    }
    Files.write(dir.resolve(MIGRATIONS), migrations);
  }

  /**
   * The release's migrations, by name, each with the SHA-256 of its content: migrations never
   * change once released (Flyway's checksum rule), so the files of today stand in for that
   * release's, once their checksums are seen to match.
   */
  static final String MIGRATIONS = "migrations.txt";

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
