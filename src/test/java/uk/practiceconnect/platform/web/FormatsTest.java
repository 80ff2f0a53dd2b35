package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

  final Formats formats = new Formats();

  @Test
  void showsUkLocalTimeAcrossTheClockChange() {
    assertEquals("25 Nov 2026, 09:14", formats.dateTime(Instant.parse("2026-11-25T09:14:00Z")));
    assertEquals("1 Jul 2026, 10:14", formats.dateTime(Instant.parse("2026-07-01T09:14:00Z")));
  }

  @Test
  void turnsAuditCodesIntoWords() {
    assertEquals("EMIS API password changed", formats.action("EMIS_API_PASSWORD_CHANGED"));
    assertEquals("Practice admin added", formats.action("PRACTICE_ADMIN_ADDED"));
    assertEquals(
        "GP Connect provider ASID changed", formats.action("GP_CONNECT_PROVIDER_ASID_CHANGED"));
    assertEquals("Integration route changed", formats.action("INTEGRATION_ROUTE_CHANGED"));
  }
}
