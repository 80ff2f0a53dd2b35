package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.control.GuardedCalls;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/**
 * The GP Connect appointment book in booking's vocabulary, against a fake provider: slot searches
 * in fortnights, patients matched by us, a slot found again before booking and the refusals booking
 * relies on. The guard (breaker and status) is left out: it has tests of its own.
 */
class GpConnectApiTest {

  static final LocalDate BORN = LocalDate.of(1981, 7, 14);

  /** Where the practice's calls go: the fake provider, or nowhere (settings not saved). */
  static final class Settings extends GpConnectSettingsService {
    Optional<GpConnectTarget> target = Optional.empty();

    @Override
    public Optional<GpConnectTarget> target(Practice practice) {
      return target;
    }
  }

  /** Runs the call as it is: what this test is about happens inside it. */
  static final class Unguarded extends GuardedCalls {
    @Override
    public <T> T run(Practice practice, IntegrationRoute route, String name, Supplier<T> work) {
      return work.get();
    }
  }

  FakeProvider provider;
  final Settings settings = new Settings();
  final GpConnectApi api = new GpConnectApi();
  final Practice practice =
      new Practice(OdsCode.of("A81001"), PracticeName.of("Riverside"), Instant.EPOCH);

  @BeforeEach
  void wire() throws Exception {
    provider = FakeProvider.start();
    settings.target = Optional.of(provider.target());
    api.client = FakeProvider.client();
    api.settings = settings;
    api.guard = new Unguarded();
    api.clock = FakeProvider.CLOCK;
    api.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void surnamesAreComparedIgnoringCaseSpacesHyphensAndApostrophes() {
    assertTrue(GpConnectApi.sameSurname("smith", "Smith"));
    assertTrue(GpConnectApi.sameSurname("  SMITH ", "Smith"));
    assertTrue(GpConnectApi.sameSurname("Smith Jones", "Smith-Jones"));
    assertTrue(GpConnectApi.sameSurname("OBrien", "O'Brien"));
    assertTrue(GpConnectApi.sameSurname("O’Brien", "o'brien"), "a typographic apostrophe too");
    assertTrue(GpConnectApi.sameSurname("ZOË", "Zoë"), "accented letters in either case");
    assertFalse(GpConnectApi.sameSurname("Smyth", "Smith"));
    assertFalse(GpConnectApi.sameSurname("Smithson", "Smith"), "not a prefix match");
    assertFalse(GpConnectApi.sameSurname(null, "Smith"));
    assertFalse(GpConnectApi.sameSurname("Smith", null), "a record without a family name");
  }

  @Test
  void aSearchLongerThanAFortnightIsSentInPartsOfAtMostFourteenDaysThatMeetEndToEnd() {
    Instant from = Instant.parse("2026-03-02T09:07:00Z");
    Instant to = from.plus(Duration.ofDays(30));
    for (int i = 0; i < 3; i++) {
      provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    }

    assertTrue(api.slots(practice, from, to, null, true).isEmpty());

    List<Instant[]> parts = parts();
    assertEquals(3, parts.size(), "30 days: three searches");
    assertEquals(from, parts.get(0)[0]);
    assertEquals(to, parts.get(parts.size() - 1)[1]);
    for (int i = 0; i < parts.size(); i++) {
      Instant[] part = parts.get(i);
      assertTrue(part[1].isAfter(part[0]));
      assertTrue(
          Duration.between(part[0], part[1]).compareTo(Duration.ofDays(14)) <= 0,
          "part " + i + " is at most 14 days");
      if (i > 0) {
        assertEquals(parts.get(i - 1)[1], part[0], "no gap and no overlap between parts");
      }
    }
  }

  @Test
  void aFortnightOrLessIsOneSearch() {
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    api.slots(practice, from, from.plus(Duration.ofDays(14)), null, true);
    assertEquals(1, provider.seen().size());
  }

  /**
   * A provider lists only slots wholly inside the searched range, so where one part ends and the
   * next begins no slot may be cut in two: the parts meet at a UK midnight (slots do not run over
   * midnight), even when the search starts mid-morning and across a clock change.
   */
  @Test
  void partsMeetAtAUkMidnightSoNoSlotIsCutInTwoAtTheJoin() {
    Instant from = Instant.parse("2026-03-20T10:07:00Z"); // the clocks go forward on 29 March
    for (int i = 0; i < 3; i++) {
      provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    }
    api.slots(practice, from, from.plus(Duration.ofDays(35)), null, true);

    List<Instant[]> parts = parts();
    for (int i = 1; i < parts.size(); i++) {
      var join = parts.get(i)[0].atZone(uk.practiceconnect.platform.entity.UkTime.ZONE);
      assertEquals(0, join.getHour() * 60 + join.getMinute(), "join " + i + " at " + join);
    }
  }

  @Test
  void slotsOfOtherTypesAreLeftOutComparingTypesIgnoringCase() {
    provider.answer(200, CannedFhir.SLOTS);
    Instant from = Instant.parse("2026-03-03T00:00:00Z");
    List<EmisSlot> asthma =
        api.slots(practice, from, from.plus(Duration.ofDays(1)), "ASTHMA review", true);
    assertEquals(List.of("1640", "1641"), asthma.stream().map(EmisSlot::slotId).toList());

    provider.answer(200, CannedFhir.SLOTS);
    assertTrue(
        api.slots(practice, from, from.plus(Duration.ofDays(1)), "Nurse appointment", true)
            .isEmpty());
  }

  @Test
  void aPatientMatchesOnlyWithTheRecordsDateOfBirthAndOfficialSurname() {
    assertTrue(match(BORN, "smith").isPresent(), "surname in any case");
    assertTrue(match(BORN, "Smith").isPresent());
    assertFalse(match(BORN.plusDays(1), "Smith").isPresent(), "another date of birth");
    assertFalse(match(BORN, "Jones").isPresent(), "another surname");
    assertFalse(match(BORN, "Smyth").isPresent(), "the usual name is not the official one");
    api.start(); // patients found are kept a minute: forget them, as a minute later
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    assertFalse(
        api.matchPatient(practice, GpConnectClientTest.NHS, BORN, "Smith").isPresent(),
        "no patient with that number");
    provider
        .seen()
        .forEach(
            s ->
                assertEquals(
                    List.of("https://fhir.nhs.uk/Id/nhs-number|9434765919"),
                    s.parameter("identifier"),
                    "the provider is asked by NHS number alone"));
  }

  private Optional<?> match(LocalDate born, String surname) {
    api.start(); // each match asks the provider (patients found are otherwise kept a minute)
    provider.answer(200, CannedFhir.PATIENTS);
    return api.matchPatient(practice, GpConnectClientTest.NHS, born, surname);
  }

  @Test
  void bookingASlotNoLongerFreeIsSlotNotFreeWithoutTryingToBook() {
    provider.answer(200, CannedFhir.PATIENTS).answer(200, CannedFhir.SLOTS);

    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                api.book(
                    practice,
                    "1650",
                    Instant.parse("2026-03-03T12:00:00Z"),
                    GpConnectClientTest.NHS,
                    null));

    assertEquals(PartnerOutcome.SLOT_NOT_FREE, e.outcome());
    assertTrue(e.viaGpConnect());
    assertEquals(List.of("GET", "GET"), provider.seen().stream().map(s -> s.method()).toList());
    assertTrue(provider.seen().get(1).path().endsWith("/Slot"));
  }

  @Test
  void aSlotTakenByTheProviderMeanwhileIsSlotNotFree() {
    provider
        .answer(200, CannedFhir.PATIENTS)
        .answer(200, CannedFhir.SLOTS)
        .answer(409, CannedFhir.outcome("DUPLICATE_REJECTED", "Slot/1640 is not free"));

    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                api.book(
                    practice,
                    "1640",
                    Instant.parse("2026-03-03T10:30:00Z"),
                    GpConnectClientTest.NHS,
                    null));

    assertEquals(PartnerOutcome.SLOT_NOT_FREE, e.outcome());
    assertFalse(e.getMessage().contains("Slot/1640"), "the provider's diagnostics stay out");
  }

  @Test
  void aPatientTheProviderDoesNotKnowIsNotMatchedAndNothingElseIsAsked() {
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);

    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                api.book(
                    practice,
                    "1640",
                    Instant.parse("2026-03-03T10:30:00Z"),
                    GpConnectClientTest.NHS,
                    null));

    assertEquals(PartnerOutcome.PATIENT_NOT_MATCHED, e.outcome());
    assertEquals(1, provider.seen().size(), "no slot search, no booking");
  }

  @Test
  void aBookingRightAfterTheIdentityCheckAndTheSlotListAsksTheProviderOnlyToBook() {
    provider.answer(200, CannedFhir.PATIENTS).answer(200, CannedFhir.SLOTS);
    Instant day = Instant.parse("2026-03-03T00:00:00Z");
    assertTrue(api.matchPatient(practice, GpConnectClientTest.NHS, BORN, "Smith").isPresent());
    api.slots(practice, day, day.plus(Duration.ofDays(1)), null, true);
    int before = provider.seen().size();
    provider.answer(201, CannedFhir.appointment("149", "1", "booked"));

    api.book(
        practice, "1640", Instant.parse("2026-03-03T10:30:00Z"), GpConnectClientTest.NHS, null);

    assertEquals(before + 1, provider.seen().size(), "the patient and the slot were kept");
    assertEquals("POST", provider.last().method());
  }

  @Test
  void aFreeSlotIsFoundAgainOnItsUkDayAndBookedWithOurDescriptionAndTheReasonAsComment() {
    provider
        .answer(200, CannedFhir.PATIENTS)
        .answer(200, CannedFhir.SLOTS)
        .answer(201, CannedFhir.appointment("148", "1", "booked"));

    EmisAppointment booked =
        api.book(
            practice,
            "1640",
            Instant.parse("2026-03-03T10:30:00Z"),
            GpConnectClientTest.NHS,
            "Cough for three weeks");

    assertEquals("148", booked.appointmentId());
    FakeProvider.Seen search = provider.seen().get(1);
    assertEquals(List.of("ge2026-03-03T00:00:00+00:00"), search.parameter("start"));
    assertEquals(List.of("le2026-03-04T00:00:00+00:00"), search.parameter("end"));
    var body = BookAndCancelTest.json(provider.last().body());
    assertEquals(GpConnectApi.DESCRIPTION, body.getString("description"));
    assertEquals("Cough for three weeks", body.getString("comment"));
    assertEquals("Slot/1640", body.getJsonArray("slot").getJsonObject(0).getString("reference"));
  }

  @Test
  void inSummerTheSlotsDayIsSearchedFromUkMidnight() {
    provider.answer(200, CannedFhir.PATIENTS).answer(200, CannedFhir.EMPTY_BUNDLE);
    assertThrows(
        PartnerException.class,
        () ->
            api.book(
                practice,
                "1640",
                Instant.parse("2026-07-01T23:30:00Z"), // 00:30 on 2 July in the UK
                GpConnectClientTest.NHS,
                null));
    FakeProvider.Seen search = provider.seen().get(1);
    assertEquals(List.of("ge2026-07-02T00:00:00+01:00"), search.parameter("start"));
    assertEquals(List.of("le2026-07-03T00:00:00+01:00"), search.parameter("end"));
  }

  @Test
  void anAppointmentCancelledAtTheProviderOrGoneReadsAsEmpty() {
    provider.answer(200, CannedFhir.appointment("148", "2", "booked"));
    assertTrue(api.appointment(practice, "148").isPresent());
    provider.answer(200, CannedFhir.appointment("148", "3", "cancelled"));
    assertTrue(api.appointment(practice, "148").isEmpty(), "cancelled there");
    provider.answer(404, CannedFhir.outcome("NO_RECORD_FOUND", "no appointment 148"));
    assertTrue(api.appointment(practice, "148").isEmpty(), "gone");
    provider.answer(500, CannedFhir.outcome("INTERNAL_SERVER_ERROR", "down"));
    assertEquals(
        PartnerOutcome.INTERNAL_ERROR,
        assertThrows(PartnerException.class, () -> api.appointment(practice, "148")).outcome(),
        "a failure is not taken for a cancellation");
  }

  @Test
  void aPatientsAppointmentsAreReadFromTodayAndCancelledOnesLeftOut() {
    provider.answer(200, CannedFhir.PATIENTS).answer(200, CannedFhir.appointments());

    List<EmisAppointment> booked =
        api.patientAppointments(
            practice, GpConnectClientTest.NHS, Instant.parse("2026-01-01T00:00:00Z"));

    assertEquals(List.of("148"), booked.stream().map(EmisAppointment::appointmentId).toList());
    assertEquals(
        List.of("ge2026-03-02", "le" + LocalDate.of(2026, 3, 2).plusDays(183)),
        provider.last().parameter("start"),
        "the provider refuses dates in the past");
  }

  @Test
  void anUnknownPatientHasNoAppointments() {
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    assertTrue(
        api.patientAppointments(practice, GpConnectClientTest.NHS, FakeProvider.NOW).isEmpty());
    assertEquals(1, provider.seen().size());
  }

  @Test
  void aPracticeWithoutSettingsIsASetUpProblemAndNoProviderIsCalled() {
    settings.target = Optional.empty();
    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                api.slots(
                    practice, FakeProvider.NOW, FakeProvider.NOW.plusSeconds(60), null, true));
    assertEquals(PartnerOutcome.CONSUMER_SET_UP, e.outcome());
    assertTrue(provider.seen().isEmpty());
  }

  /** The start and end of each slot search the provider received, in order. */
  private List<Instant[]> parts() {
    return provider.seen().stream()
        .map(
            s ->
                new Instant[] {
                  OffsetDateTime.parse(s.parameter("start").get(0).substring(2)).toInstant(),
                  OffsetDateTime.parse(s.parameter("end").get(0).substring(2)).toInstant()
                })
        .toList();
  }
}
