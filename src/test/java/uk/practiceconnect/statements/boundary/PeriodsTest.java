package uk.practiceconnect.statements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.retention.entity.RetentionKind;

/** The privacy notice's periods in a patient's words, and only kinds that exist. */
class PeriodsTest {

  @Test
  void wholeYearsReadAsYearsAndEverythingElseAsDays() {
    assertEquals("1 day", Periods.inWords(1));
    assertEquals("30 days", Periods.inWords(30));
    assertEquals("364 days", Periods.inWords(364));
    assertEquals("1 year", Periods.inWords(365));
    assertEquals("2 years", Periods.inWords(730));
    assertEquals("20 years", Periods.inWords(7300));
    assertEquals("400 days", Periods.inWords(400));
  }

  @Test
  void theNoticeNamesOnlyRetentionKindsThatExist() throws IOException {
    String page = Files.readString(Path.of("src/main/webapp/statements/privacy.xhtml"));
    Matcher m = Pattern.compile("period\\('([A-Z_]+)'\\)").matcher(page);
    int found = 0;
    while (m.find()) {
      RetentionKind.valueOf(m.group(1)); // a renamed kind would break the page at run time
      found++;
    }
    assertFalse(found == 0, "the notice quotes the configured periods");
  }
}
