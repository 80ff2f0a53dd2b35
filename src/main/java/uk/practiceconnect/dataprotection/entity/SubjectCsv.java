package uk.practiceconnect.dataprotection.entity;

import java.util.List;
import java.util.Map;

/**
 * {@link HeldData} as one CSV file (RFC 4180: comma separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled). Tables have different columns, so each value is a
 * row of its own: {@code section,row,field,value}. A cell a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) is prefixed with a single quote so it reads
 * as text.
 */
public final class SubjectCsv {

  static final String CRLF = "\r\n";

  private SubjectCsv() {}

  public static String of(HeldData data) {
    StringBuilder csv = new StringBuilder();
    line(csv, "section", "row", "field", "value");
    line(csv, "request", "1", "odsCode", data.odsCode());
    line(csv, "request", "1", "practice", data.practiceName());
    data.subject().nhsNumber().ifPresent(n -> line(csv, "request", "1", "nhsNumber", n.value()));
    data.subject().mobile().ifPresent(m -> line(csv, "request", "1", "mobile", m.value()));
    line(csv, "request", "1", "exportedAt", data.exportedAt().toString());
    line(csv, "request", "1", "optedOutOfReminders", String.valueOf(data.optedOut()));
    for (HeldSection section : data.sections()) {
      List<Map<String, String>> rows = section.rows();
      for (int i = 0; i < rows.size(); i++) {
        for (String column : section.columns()) {
          line(csv, section.table(), String.valueOf(i + 1), column, rows.get(i).get(column));
        }
      }
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append(CRLF);
  }

  /** One field: safe from formula injection, then quoted when RFC 4180 needs it. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = value;
    char first = text.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
