package uk.practiceconnect.dataprotection.boundary;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.dataprotection.entity.HeldSection;

/**
 * The export and the erasure as JSON, as the contract's SubjectAccessExport and Erasure describe
 * them. Built with JSON-P so empty columns come out as null rather than being left out.
 */
final class SubjectJson {

  private SubjectJson() {}

  static JsonObject of(HeldData data) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("odsCode", data.odsCode())
            .add("practice", data.practiceName());
    nullable(o, "nhsNumber", data.subject().nhsNumber().map(n -> n.value()).orElse(null));
    nullable(o, "mobile", data.subject().mobile().map(m -> m.value()).orElse(null));
    o.add("exportedAt", data.exportedAt().toString())
        .add("optedOutOfReminders", data.optedOut())
        .add("total", data.total());
    JsonArrayBuilder sections = JSON.createArrayBuilder();
    for (HeldSection s : data.sections()) {
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (Map<String, String> row : s.rows()) {
        JsonObjectBuilder r = JSON.createObjectBuilder();
        row.forEach((column, value) -> nullable(r, column, value));
        rows.add(r);
      }
      sections.add(
          JSON.createObjectBuilder()
              .add("table", s.table())
              .add("about", s.about())
              .add("count", s.count())
              .add("columns", JSON.createArrayBuilder(s.columns()))
              .add("rows", rows));
    }
    return o.add("sections", sections).build();
  }

  static JsonObject of(String odsCode, Instant at, Erased erased) {
    JsonArrayBuilder tables = JSON.createArrayBuilder();
    for (Erased.Line l : erased.lines()) {
      tables.add(
          JSON.createObjectBuilder()
              .add("table", l.table())
              .add("action", l.action())
              .add("rows", l.rows()));
    }
    return JSON.createObjectBuilder()
        .add("odsCode", odsCode)
        .add("erasedAt", at.toString())
        .add("total", erased.total())
        .add("tables", tables)
        .add("optOutKept", erased.optOutKept())
        .add("auditEntriesKept", erased.auditEntriesKept())
        .build();
  }

  private static void nullable(JsonObjectBuilder o, String name, String value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }
}
