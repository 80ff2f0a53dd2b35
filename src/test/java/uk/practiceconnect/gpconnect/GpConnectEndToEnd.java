package uk.practiceconnect.gpconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.gpconnect.GpConnectPractice.CHLOE;
import static uk.practiceconnect.gpconnect.GpConnectPractice.DANIEL;
import static uk.practiceconnect.gpconnect.GpConnectPractice.ELEANOR;
import static uk.practiceconnect.gpconnect.GpConnectPractice.KEY;
import static uk.practiceconnect.gpconnect.GpConnectPractice.SAM;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.control.ReminderPlanning;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Server;

/**
 * GP Connect end to end on the shared server: the provider stand-in holding consumers to the
 * specification's rules, a practice set up and tested over the REST API, and booking, cancelling
 * and reconciling through the booking API into the stand-in's appointment book. Each test makes its
 * own practice; all use the stand-in's test provider A81099 (never the demo's Parkside).
 */
public abstract class GpConnectEndToEnd {

  Api api;
  StandIn standIn;

  @BeforeEach
  void connect() {
    api = Server.api();
    standIn = new StandIn(api);
  }

  StandIn.Request metadata() {
    return standIn.request("GET", "metadata", "rest:read:metadata-1", "organization/*.read");
  }

  static void assertRefused(StandIn.Reply r, int status, String code, String what) {
    assertEquals(status, r.status(), () -> what + ": " + r);
    assertTrue(r.contentType().startsWith(StandIn.FHIR_JSON), () -> what + ": " + r);
    assertEquals("OperationOutcome", r.json().getString("resourceType"), what);
    assertEquals(code, r.spineCode(), what);
  }

  @Test
  void theStandInHoldsConsumersToTheSpineHeaderAndAuditTokenRules() {
    StandIn.Reply fine = metadata().send();
    assertEquals(200, fine.status(), fine::toString);
    assertEquals("CapabilityStatement", fine.json().getString("resourceType"));
    StandIn.Reply patient =
        standIn
            .request(
                "GET",
                "Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + SAM.nhs(),
                "rest:search:patient-1",
                "patient/*.read")
            .send();
    assertEquals(200, patient.status(), patient::toString);
    assertTrue(patient.body().contains("\"Morgan\""), "the test patient is found");

    for (String header : List.of("Ssp-TraceID", "Ssp-From", "Ssp-To", "Ssp-InteractionID")) {
      assertRefused(metadata().without(header).send(), 400, "BAD_REQUEST", header + " missing");
    }
    assertRefused(metadata().sendWithoutToken(), 400, "BAD_REQUEST", "Authorization missing");
    assertRefused(
        metadata().header("Ssp-To", StandIn.OTHER_PROVIDER_ASID).send(),
        400,
        "BAD_REQUEST",
        "another provider's ASID");
    assertRefused(
        metadata().header("Ssp-InteractionID", StandIn.URN + "rest:search:patient-1").send(),
        400,
        "BAD_REQUEST",
        "another operation's interaction id");
    assertRefused(
        metadata().claim("requested_scope", Json.createValue("patient/*.read")).send(),
        400,
        "BAD_REQUEST",
        "the scope of another interaction");
    assertRefused(
        metadata().withoutClaim("reason_for_request").send(),
        400,
        "BAD_REQUEST",
        "no reason_for_request");
    long iat = Instant.now().getEpochSecond() - 5;
    assertRefused(
        metadata()
            .claim("iat", Json.createValue(iat))
            .claim("exp", Json.createValue(iat + 600))
            .send(),
        400,
        "BAD_REQUEST",
        "exp ten minutes after iat");
  }

  @Test
  void aPracticeSetUpForTheTestProviderPassesTheSixChecksAndAWrongAsidFailsAtTheEndpoint() {
    GpConnectPractice p = GpConnectPractice.fresh(api);
    Api.Reply early = p.route("GP_CONNECT");
    assertEquals(422, early.status(), "no route to GP Connect without its settings: " + early);
    p.ok(p.saveSettings(StandIn.ASID));
    p.ok(p.route("GP_CONNECT"));
    assertEquals(
        "GP_CONNECT", p.ok(api.get(p.path("integration-route"), KEY)).json().getString("route"));

    JsonObject passed = p.ok(p.connectionTest()).json();
    assertEquals("PASSED", passed.getString("outcome"), passed::toString);
    List<JsonObject> checks = passed.getJsonArray("checks").getValuesAs(JsonObject.class);
    assertEquals(6, checks.size());
    checks.forEach(c -> assertTrue(c.getString("code").startsWith("GPC_"), c::toString));
    checks.forEach(c -> assertEquals("PASSED", c.getString("outcome"), c::toString));

    p.ok(p.saveSettings("918999199999"));
    JsonObject failed = p.ok(p.connectionTest()).json();
    assertEquals("FAILED", failed.getString("outcome"), failed::toString);
    checks = failed.getJsonArray("checks").getValuesAs(JsonObject.class);
    assertEquals("PASSED", checks.get(0).getString("outcome"), "the settings are complete");
    JsonObject endpoint = checks.get(1);
    assertEquals("GPC_ENDPOINT_REACHABLE", endpoint.getString("code"));
    assertEquals("FAILED", endpoint.getString("outcome"), endpoint::toString);
    assertFalse(endpoint.isNull("fix"), "a failed check says how to fix it");
    assertTrue(endpoint.getString("detail").contains("400"), endpoint::toString);
    checks.subList(2, 6).forEach(c -> assertEquals("SKIPPED", c.getString("outcome")));
  }

  @Test
  void bookingThroughTheApiBooksTheStandInsSlotAndCancellingCancelsItThere() {
    GpConnectPractice p = GpConnectPractice.bookable(api);
    JsonObject slot = p.slot(0);
    String slotId = slot.getString("slotId");
    assertTrue(
        List.of("Routine GP appointment", "Nurse appointment").contains(slot.getString("slotType")),
        slot::toString);

    Api.Reply booked = p.book("gpc-1", SAM.booking(slotId, "Sore throat"));
    assertEquals(201, booked.status(), booked::toString);
    JsonObject b = booked.json();
    assertEquals("CONFIRMED", b.getString("status"));
    String appointmentId = b.getString("emisAppointmentId");
    JsonObject held = standIn.appointment(appointmentId);
    assertEquals("BOOKED", held.getString("status"));
    assertEquals("Y90001", held.getString("bookedByOds"), "we are the booking organisation");
    assertEquals(
        List.of(slotId),
        held.getJsonArray("slotIds").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(Instant.parse(slot.getString("start")), Instant.parse(held.getString("start")));
    assertEquals(Instant.parse(slot.getString("end")), Instant.parse(held.getString("end")));
    assertEquals("Sore throat", held.getString("comment"));
    assertEquals(SAM.id(), held.getString("patientId"));
    JsonObject organisation = bookingOrganisation(appointmentId);
    assertEquals("Practice Connect", organisation.getString("name"), organisation::toString);
    assertEquals(
        "Y90001",
        organisation.getJsonArray("identifier").getJsonObject(0).getString("value"),
        "the booking organisation is Practice Connect (gpconnect.consumer.ods-code)");

    Api.Reply again = p.book("gpc-1", SAM.booking(slotId, "Sore throat"));
    assertEquals(b.getString("bookingId"), again.json().getString("bookingId"), "same key");
    assertProblem(p.book("gpc-2", DANIEL.booking(slotId, null)), 409, "SLOT_TAKEN");
    String other = p.slot(1).getString("slotId");
    int before = standIn.appointments().size();
    assertProblem(
        p.book("gpc-3", CHLOE.calledInstead("Benett").booking(other, null)),
        422,
        "PATIENT_NOT_MATCHED");
    assertEquals(before, standIn.appointments().size(), "nothing booked at the provider");

    Api.Reply cancelled = api.delete(p.path("bookings/" + b.getString("bookingId")), KEY);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    held = standIn.appointment(appointmentId);
    assertEquals("CANCELLED", held.getString("status"));
    assertFalse(held.getString("cancellationReason", "").isBlank(), held::toString);
  }

  @Test
  void aTwelveWeekWindowIsSearchedInPartsAndItsLastDaysAreBookedWithNothingCached() {
    GpConnectPractice p = GpConnectPractice.fresh(api);
    p.ok(p.saveSettings(StandIn.ASID));
    p.ok(p.route("GP_CONNECT"));
    p.ok(p.bookingSettings(false, 12));
    p.awaitRouteSeen(); // and the practice leaves this instance's one-second caches

    // a booking reads the database, then the list (six searches side by side on other threads),
    // then the database again: once those threads closed the request's database session (a 500)
    LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    String noSuchSlot = saturday.format(DateTimeFormatter.BASIC_ISO_DATE) + "-1-0900";
    assertProblem(p.book("gpc-cold", ELEANOR.booking(noSuchSlot, null)), 409, "SLOT_TAKEN");
    List<JsonObject> slots = p.slots();
    JsonObject last = slots.get(slots.size() - 1);
    assertTrue(
        Instant.parse(last.getString("start")).isAfter(Instant.now().plus(Duration.ofDays(70))),
        "the list runs to the window's end: " + last);
    Api.Reply booked = p.book("gpc-far", ELEANOR.booking(last.getString("slotId"), null));
    assertEquals(201, booked.status(), booked::toString);
    assertEquals("CONFIRMED", booked.json().getString("status"));
  }

  @Test
  void aSlotAnotherConsumerBookedMeanwhileIsRefusedWith409() {
    GpConnectPractice p = GpConnectPractice.bookable(api);
    JsonObject slot = p.slot(2);
    String slotId = slot.getString("slotId");
    Instant start = Instant.parse(slot.getString("start"));
    Instant end = Instant.parse(slot.getString("end"));

    StandIn.Reply theirs = standIn.bookAsOtherConsumer(slotId, start, end, DANIEL.id());
    assertEquals(201, theirs.status(), theirs::toString);
    assertProblem(p.book("gpc-meanwhile", SAM.booking(slotId, null)), 409, "SLOT_TAKEN");

    // and the provider itself refuses a second booking of a slot with DUPLICATE_REJECTED, which
    // the consumer maps to SLOT_NOT_FREE (GpConnectApiTest) when it loses that race
    StandIn.Reply twice = standIn.bookAsOtherConsumer(slotId, start, end, ELEANOR.id());
    assertRefused(twice, 409, "DUPLICATE_REJECTED", "the same slot twice");
  }

  @Test
  void anAppointmentCancelledAtTheProviderIsFoundByReconciliation() {
    GpConnectPractice p = GpConnectPractice.bookable(api);
    String slotId = p.slot(3).getString("slotId");
    JsonObject b = p.ok(p.book("gpc-rec", ELEANOR.booking(slotId, null))).json();
    String appointmentId = b.getString("emisAppointmentId");

    StandIn.Reply cancelled =
        standIn.cancelAsOtherConsumer(appointmentId, "Clinic cancelled: GP unwell");
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", standIn.appointment(appointmentId).getString("status"));

    JsonObject outcome = p.ok(api.post(p.path("bookings/reconcile"), KEY, null)).json();
    assertTrue(outcome.getBoolean("read"), outcome::toString);
    JsonObject ours = p.booking(b.getString("bookingId"));
    // the scheduled reconciliation may have been quicker than ours: either found it
    assertEquals("CANCELLED", ours.getString("status"), ours::toString);
    assertNotNull(ours.getString("cancelChannel", null), ours::toString);
    assertTrue(
        outcome.getInt("cancelled") == 1 || outcome.getInt("checked") == 0, outcome::toString);
  }

  @Test
  void theOpenPatientPageSaysInvitationOnlyAndRemindersSkipTheGpConnectPractice() {
    GpConnectPractice p = GpConnectPractice.bookable(api);
    p.ok(p.bookingSettings(true)); // even with the open page switched on
    Api.Reply page = api.get("book/" + p.ods, null);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("invitation only"), page::body);

    JsonObject defaults = p.ok(api.get(p.path("reminder-settings"), KEY)).json();
    p.ok(
        api.put(
            p.path("reminder-settings"),
            KEY,
            Json.createObjectBuilder(defaults)
                .add("enabled", true)
                .remove("slotTypes")
                .build()
                .toString()));
    JsonObject run = p.ok(api.post(p.path("reminders/run"), KEY, null)).json();
    assertEquals("SKIPPED_OFF", run.getString("result"), run::toString);
    assertEquals(ReminderPlanning.GP_CONNECT_NO_REMINDERS, run.getString("detail"));
  }

  /** The organisation the appointment's booking organisation extension points at, as read. */
  JsonObject bookingOrganisation(String appointmentId) {
    StandIn.Reply read =
        standIn
            .request(
                "GET", "Appointment/" + appointmentId, "rest:read:appointment-1", "patient/*.read")
            .send();
    assertEquals(200, read.status(), read::toString);
    JsonObject a = read.json();
    String ref =
        a.getJsonArray("extension").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("url").endsWith("Extension-GPConnect-BookingOrganisation-1"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("valueReference")
            .getString("reference");
    return a.getJsonArray("contained").getValuesAs(JsonObject.class).stream()
        .filter(c -> ref.equals("#" + c.getString("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no contained " + ref + " in " + a));
  }

  static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "not problem+json: " + r);
    assertEquals(code, r.json().getString("code"), r::toString);
  }
}
