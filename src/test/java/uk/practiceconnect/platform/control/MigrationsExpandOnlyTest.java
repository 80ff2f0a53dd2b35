package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rolling upgrades run the previous release against the new schema for a while (docs/deploy.md): so
 * a migration may only add (tables, columns that are nullable or have a default, indexes, looser
 * constraints), never take away or tighten what the previous release still reads and writes. A step
 * that must remove something goes in a migration of its own named {@code V<n>__contract_...},
 * released only once no instance of the release before runs, and is listed here with its reason.
 */
class MigrationsExpandOnlyTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Statements that would break the release before, with what each one is. */
  static final Map<Pattern, String> CONTRACTING =
      Map.of(
          Pattern.compile("\\bdrop\\s+(table|column|view)\\b"), "drops what the old code uses",
          Pattern.compile("\\brename\\b"), "renames what the old code uses",
          Pattern.compile("\\bset\\s+not\\s+null\\b"),
              "makes a column the old code may leave empty required",
          Pattern.compile("\\b(set\\s+data\\s+)?type\\s+\\w+"), "changes a column's type",
          Pattern.compile("\\badd\\s+column\\b(?![^;]*\\bdefault\\b)[^;]*\\bnot\\s+null\\b"),
              "adds a required column the old code does not fill");

  /** Earlier migrations that match a pattern above but keep the release before working. */
  static final Map<String, String> REVIEWED =
      Map.of(
          "V11__slot_type_names.sql",
          "widens two varchar columns from 50 to 100 characters: the old code writes less");

  @Test
  void everyMigrationOnlyAddsUnlessItIsAContractStep() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.contains("__contract_") || REVIEWED.containsKey(name)) {
          continue;
        }
        problems.addAll(contracting(name, Files.readString(file)));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyReviewedMigrationExistsAndStillNeedsItsReview() throws IOException {
    for (String name : REVIEWED.keySet()) {
      assertTrue(
          !contracting(name, Files.readString(MIGRATIONS.resolve(name))).isEmpty(),
          name + " no longer contracts anything: take it off the list");
    }
  }

  @Test
  void theCheckSeesContractingStatements() {
    assertEquals(1, contracting("x", "alter table a drop column b;").size());
    assertEquals(1, contracting("x", "alter table a rename column b to c;").size());
    assertEquals(1, contracting("x", "alter table a alter column b set not null;").size());
    assertEquals(1, contracting("x", "alter table a add column b int not null;").size());
    assertEquals(1, contracting("x", "alter table a alter column b type bigint;").size());
    assertTrue(contracting("x", "alter table a add column b int default 0 not null;").isEmpty());
    assertTrue(contracting("x", "alter table a alter column b drop not null;").isEmpty());
    assertTrue(contracting("x", "-- we never drop table a\ncreate index i on a(b);").isEmpty());
  }

  static List<String> contracting(String name, String sql) {
    List<String> found = new ArrayList<>();
    String code = sql.replaceAll("--[^\\n]*", " ").toLowerCase(java.util.Locale.ROOT);
    for (String statement : code.split(";")) {
      if (statement.strip().startsWith("create table")) {
        continue; // a new table's own columns and types are not a change
      }
      CONTRACTING.forEach(
          (pattern, what) -> {
            if (pattern.matcher(statement).find()) {
              found.add(name + ": " + what + ": " + statement.strip().replaceAll("\\s+", " "));
            }
          });
    }
    return found;
  }
}
