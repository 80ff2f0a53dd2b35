package uk.practiceconnect.dataprotection.entity;

import java.util.List;
import java.util.Map;

/**
 * The rows of one table that relate to the patient: each row its columns by name, in the order of
 * {@code columns}, values as text (times in UTC, ISO 8601), null where the column is empty.
 *
 * @param table the table's name, as docs/data-protection.md lists it
 * @param about what the table is, in plain English
 */
public record HeldSection(
    String table, String about, List<String> columns, List<Map<String, String>> rows) {

  public HeldSection {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public int count() {
    return rows.size();
  }
}
