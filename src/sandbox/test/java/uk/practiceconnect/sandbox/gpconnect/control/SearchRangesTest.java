package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class SearchRangesTest {

  @Test
  void slotDatesCoverWholeUkDaysUpToTwoWeeks() {
    SearchRanges.Range r = SearchRanges.slots(List.of("ge2026-12-01"), List.of("le2026-12-14"));
    assertEquals("2026-12-01T00:00:00Z", r.from().toString());
    assertEquals("2026-12-15T00:00:00Z", r.to().toString());
    SearchRanges.Range t =
        SearchRanges.slots(
            List.of("ge2026-07-01T12:00:00+01:00"), List.of("le2026-07-02T17:00:00+01:00"));
    assertEquals("2026-07-01T11:00:00Z", t.from().toString());
  }

  @Test
  void refusesMoreThanTwoWeeksMissingOrRepeatedBoundsAndWrongPrefixes() {
    invalid(() -> SearchRanges.slots(List.of("ge2026-12-01"), List.of("le2026-12-15")));
    invalid(() -> SearchRanges.slots(null, List.of("le2026-12-05")));
    invalid(
        () -> SearchRanges.slots(List.of("ge2026-12-01", "ge2026-12-02"), List.of("le2026-12-05")));
    invalid(() -> SearchRanges.slots(List.of("gt2026-12-01"), List.of("le2026-12-05")));
    invalid(() -> SearchRanges.slots(List.of("ge2026-12-05"), List.of("le2026-12-01")));
    invalid(() -> SearchRanges.slots(List.of("ge2026-12"), List.of("le2026-12-05")));
  }

  @Test
  void aPatientsAppointmentsAreSearchedByDatesFromToday() {
    LocalDate today = LocalDate.of(2026, 12, 3);
    SearchRanges.Range r =
        SearchRanges.patientAppointments(List.of("le2026-12-10", "ge2026-12-03"), today);
    assertEquals("2026-12-03T00:00:00Z", r.from().toString());
    assertEquals("2026-12-11T00:00:00Z", r.to().toString());
    invalid(() -> SearchRanges.patientAppointments(List.of("ge2026-12-02", "le2026-12-10"), today));
    invalid(() -> SearchRanges.patientAppointments(List.of("ge2026-12-03"), today));
    invalid(
        () ->
            SearchRanges.patientAppointments(
                List.of("ge2026-12-03T10:00:00+00:00", "le2026-12-10"), today));
  }

  private static void invalid(Runnable call) {
    GpcFailure f = assertThrows(GpcFailure.class, call::run);
    assertEquals(SpineError.INVALID_PARAMETER, f.error());
    assertEquals(422, f.error().httpStatus());
  }
}
