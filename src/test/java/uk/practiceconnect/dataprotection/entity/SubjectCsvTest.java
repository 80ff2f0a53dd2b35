package uk.practiceconnect.dataprotection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.patient.entity.NhsNumber;

class SubjectCsvTest {

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
    assertEquals("plain", SubjectCsv.cell("plain"));
    assertEquals("\"a, b\"", SubjectCsv.cell("a, b"));
    assertEquals("\"say \"\"hello\"\"\"", SubjectCsv.cell("say \"hello\""));
    assertEquals("\"two\nlines\"", SubjectCsv.cell("two\nlines"));
    assertEquals("\"cr\rhere\"", SubjectCsv.cell("cr\rhere"));
    assertEquals("", SubjectCsv.cell(null));
    assertEquals("", SubjectCsv.cell(""));
  }

  @Test
  void cellsASpreadsheetWouldRunAsAFormulaAreTextWithALeadingQuote() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", SubjectCsv.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+447700900123", SubjectCsv.cell("+447700900123"));
    assertEquals("'-1", SubjectCsv.cell("-1"));
    assertEquals("'@SUM(A1)", SubjectCsv.cell("@SUM(A1)"));
    assertEquals("'\tx", SubjectCsv.cell("\tx"), "a leading tab too");
    assertEquals("\"'=1,2\"", SubjectCsv.cell("=1,2"), "prefixed, then quoted");
    assertEquals("a=b", SubjectCsv.cell("a=b"), "only the first character counts");
  }

  @Test
  void everyValueIsARowOfItsOwnUnderOneHeaderWithCrlfLineEnds() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", "7");
    row.put("reason", "Sore arm, again");
    row.put("cancelled_at", null);
    HeldData data =
        new HeldData(
            "A81001",
            "Riverside Surgery",
            DataSubject.of(new NhsNumber("9434765919")),
            Instant.parse("2027-03-10T10:00:00Z"),
            false,
            List.of(
                new HeldSection(
                    "booking",
                    "Online bookings",
                    List.of("id", "reason", "cancelled_at"),
                    List.of(row))));

    String csv = SubjectCsv.of(data);

    String[] lines = csv.split("\r\n", -1);
    assertEquals("section,row,field,value", lines[0]);
    assertTrue(csv.contains("\r\nrequest,1,nhsNumber,9434765919\r\n"), csv);
    assertTrue(csv.contains("\r\nbooking,1,id,7\r\n"), csv);
    assertTrue(csv.contains("\r\nbooking,1,reason,\"Sore arm, again\"\r\n"), csv);
    assertTrue(csv.contains("\r\nbooking,1,cancelled_at,\r\n"), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertEquals("", lines[lines.length - 1]);
    for (int i = 0; i < lines.length - 1; i++) {
      assertTrue(lines[i].split(",", -1).length >= 4, lines[i]);
    }
  }
}
