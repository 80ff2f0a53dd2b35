package uk.practiceconnect.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisSlot;

class TimeFilterTest {

  private static EmisSlot slot(String id, int day, String type, String clinician) {
    Instant start = Instant.parse("2026-11-25T09:00:00Z").plusSeconds(86_400L * day);
    return new EmisSlot(
        id, "session", start, start.plusSeconds(600), 10, type, clinician, EmisSlot.Status.FREE);
  }

  private static final List<SlotChoices.Option> OFFERED =
      SlotChoices.options(
          List.of(
              slot("a", 0, "Routine GP appointment", "Dr Tom Price"),
              slot("b", 0, "Nurse appointment", "Nurse Beth Lewis"),
              slot("c", 1, "Routine GP appointment", "Dr Amina Khan"),
              slot("d", 2, "Routine GP appointment", "Dr Tom Price")),
          true);

  @Test
  void offersTheTypesAndCliniciansThatHaveTimesInAlphabeticalOrder() {
    TimeFilter filter = new TimeFilter();
    filter.offer(OFFERED);
    assertEquals(List.of("Nurse appointment", "Routine GP appointment"), filter.types());
    assertEquals(List.of("Dr Amina Khan", "Dr Tom Price", "Nurse Beth Lewis"), filter.clinicians());
    assertTrue(filter.useful());
    assertFalse(filter.active());
    assertEquals(4, filter.apply(OFFERED).size());
  }

  @Test
  void keepsOnlyTheChosenTypeAndClinician() {
    TimeFilter filter = new TimeFilter();
    filter.offer(OFFERED);
    filter.choose("Routine GP appointment", "Dr Tom Price");
    assertEquals(
        List.of("a", "d"),
        filter.apply(OFFERED).stream().map(SlotChoices.Option::getSlotId).toList());
    assertEquals("Routine GP appointment with Dr Tom Price", filter.describe());
    filter.choose("", "Nurse Beth Lewis");
    assertEquals("all types of appointment with Nurse Beth Lewis", filter.describe());
  }

  @Test
  void aValueThatWasNotOfferedMeansAll() {
    TimeFilter filter = new TimeFilter();
    filter.offer(OFFERED);
    filter.choose("Minor surgery", null);
    assertFalse(filter.active());
    assertEquals(4, filter.apply(OFFERED).size());
  }

  @Test
  void aChoiceWithNoTimesLeftIsDroppedWhenTheTimesAreReadAgain() {
    TimeFilter filter = new TimeFilter();
    filter.offer(OFFERED);
    filter.choose("Nurse appointment", "");
    filter.offer(OFFERED.subList(2, 4));
    assertFalse(filter.active());
    assertTrue(filter.useful(), "two clinicians are still there to choose between");
  }

  @Test
  void filteringKeepsTheDayShownWhenItStillHasTimes() {
    OfferedTimes times = new OfferedTimes();
    times.read(() -> OFFERED, new PatientErrors(), null);
    times.days().show(2);
    times.filter("", "Dr Tom Price");
    assertEquals("Friday 27 November", times.days().getDay().getLabel());
    times.filter("", "Dr Amina Khan");
    assertEquals("Thursday 26 November", times.days().getDay().getLabel());
    assertEquals(1, times.days().getAll().size());
  }
}
