package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.platform.entity.InvalidValueException;

class BookAndCancelTest {

  static final String BOOKING_ORGANISATION =
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1";
  static final String CANCELLATION_REASON =
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1";

  FakeProvider provider;
  GpConnectClient client = FakeProvider.client();

  @BeforeEach
  void start() throws Exception {
    provider = FakeProvider.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void booksTheSlotWithItsExactTimesLocationPractitionerAndUsAsBookingOrganisation() {
    provider.answer(201, CannedFhir.appointment("148", "1", "booked"));
    GpConnectSlot slot = GpConnectClientTest.slot();

    GpConnectAppointment booked =
        client.book(
            provider.target(),
            slot,
            GpConnectClientTest.patient(),
            "Asthma review booked online",
            "Prefers a morning call back");

    assertEquals("148", booked.appointmentId());
    JsonObject body = json(provider.last().body());
    assertEquals("Appointment", body.getString("resourceType"));
    assertEquals(
        "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1",
        body.getJsonObject("meta").getJsonArray("profile").getString(0));
    assertEquals("booked", body.getString("status"));
    assertEquals("2026-03-03T10:30:00.000+00:00", body.getString("start"), "the slot's own text");
    assertEquals("2026-03-03T10:40:00.000+00:00", body.getString("end"));
    assertEquals("Slot/1640", body.getJsonArray("slot").getJsonObject(0).getString("reference"));
    assertEquals("2026-03-02T09:00:00+00:00", body.getString("created"));
    assertEquals("Asthma review booked online", body.getString("description"));
    assertEquals("Prefers a morning call back", body.getString("comment"));
    assertFalse(body.containsKey("reason"), "the specification forbids Appointment.reason");

    JsonArray participants = body.getJsonArray("participant");
    List<String> actors =
        participants.stream()
            .map(p -> p.asJsonObject().getJsonObject("actor").getString("reference"))
            .toList();
    assertEquals(List.of("Patient/52", "Location/17", "Practitioner/2"), actors);
    participants.forEach(p -> assertEquals("accepted", p.asJsonObject().getString("status")));

    JsonObject extension = body.getJsonArray("extension").getJsonObject(0);
    assertEquals(BOOKING_ORGANISATION, extension.getString("url"));
    String reference = extension.getJsonObject("valueReference").getString("reference");
    JsonObject organisation = body.getJsonArray("contained").getJsonObject(0);
    assertEquals("#" + organisation.getString("id"), reference);
    assertEquals("Organization", organisation.getString("resourceType"));
    assertEquals("Practice Connect", organisation.getString("name"));
    assertEquals(
        "Y90001", organisation.getJsonArray("identifier").getJsonObject(0).getString("value"));
    assertEquals(
        "gp-practice",
        organisation
            .getJsonArray("type")
            .getJsonObject(0)
            .getJsonArray("coding")
            .getJsonObject(0)
            .getString("code"));
    assertEquals(
        "0300 000 0000", organisation.getJsonArray("telecom").getJsonObject(0).getString("value"));
  }

  @Test
  void refusesADescriptionOverTheSpecificationsLimitBeforeCallingTheProvider() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                client.book(
                    provider.target(),
                    GpConnectClientTest.slot(),
                    GpConnectClientTest.patient(),
                    "x".repeat(101),
                    null));
    assertTrue(e.getMessage().contains("100"), e.getMessage());
    assertTrue(provider.seen().isEmpty());
  }

  @Test
  void aSlotTakenMeanwhileIsSlotNotFree() {
    provider.answer(409, CannedFhir.outcome("DUPLICATE_REJECTED", "Slot 1640 is booked"));
    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                client.book(
                    provider.target(),
                    GpConnectClientTest.slot(),
                    GpConnectClientTest.patient(),
                    "Asthma review",
                    null));
    assertEquals(PartnerOutcome.SLOT_NOT_FREE, e.outcome());
    assertFalse(e.outcomeUnknown());
  }

  @Test
  void cancelsWithTheVersionReadInIfMatchAndTheReasonExtension() {
    provider
        .answer(
            new FakeProvider.Answer(
                200,
                CannedFhir.appointment("148", "7", "booked"),
                Map.of("ETag", "W/\"7\""),
                Duration.ZERO))
        .answer(200, CannedFhir.appointment("148", "8", "cancelled"));

    GpConnectAppointment cancelled =
        client.cancel(provider.target(), "148", "The patient cancelled online");

    assertTrue(cancelled.isCancelled());
    FakeProvider.Seen read = provider.seen().get(0);
    assertEquals("GET", read.method());
    assertEquals(
        "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1",
        read.header("Ssp-InteractionID"));
    FakeProvider.Seen put = provider.seen().get(1);
    assertEquals("PUT", put.method());
    assertEquals(FakeProvider.BASE_PATH + "/Appointment/148", put.path());
    assertEquals("W/\"7\"", put.header("If-Match"));
    JsonObject body = json(put.body());
    assertEquals("cancelled", body.getString("status"));
    JsonObject reason =
        body.getJsonArray("extension").stream()
            .map(v -> v.asJsonObject())
            .filter(x -> CANCELLATION_REASON.equals(x.getString("url")))
            .findFirst()
            .orElseThrow();
    assertEquals("The patient cancelled online", reason.getString("valueString"));
    // everything else is sent back as read: providers refuse any other change
    JsonObject asRead = json(CannedFhir.appointment("148", "7", "booked"));
    for (String unchanged : List.of("start", "end", "description", "comment", "created")) {
      assertEquals(asRead.get(unchanged), body.get(unchanged), unchanged);
    }
    for (String unchanged : List.of("participant", "contained", "slot", "meta")) {
      assertEquals(asRead.get(unchanged), body.get(unchanged), unchanged);
    }
    assertEquals(
        asRead.getJsonArray("extension").get(0),
        body.getJsonArray("extension").get(0),
        "the booking organisation stays");
  }

  @Test
  void withoutAnEtagTheMetaVersionIsQuoted() {
    provider
        .answer(200, CannedFhir.appointment("148", "7", "booked"))
        .answer(200, CannedFhir.appointment("148", "8", "cancelled"));
    client.cancel(provider.target(), "148", "Not needed");
    assertEquals("W/\"7\"", provider.last().header("If-Match"));
  }

  @Test
  void anAppointmentChangedBetweenReadAndCancelIsReadAndCancelledOnceMore() {
    provider
        .answer(200, CannedFhir.appointment("148", "7", "booked"))
        .answer(409, CannedFhir.outcome("FHIR_CONSTRAINT_VIOLATION", "version mismatch"))
        .answer(200, CannedFhir.appointment("148", "9", "booked"))
        .answer(200, CannedFhir.appointment("148", "10", "cancelled"));

    client.cancel(provider.target(), "148", "Not needed");

    assertEquals(4, provider.seen().size());
    assertEquals("W/\"9\"", provider.last().header("If-Match"));
  }

  @Test
  void aCancelChangedTwiceIsChangedElsewhere() {
    provider
        .answer(200, CannedFhir.appointment("148", "7", "booked"))
        .answer(412, "")
        .answer(200, CannedFhir.appointment("148", "9", "booked"))
        .answer(412, "");
    PartnerException e =
        assertThrows(
            PartnerException.class, () -> client.cancel(provider.target(), "148", "Not needed"));
    assertEquals(PartnerOutcome.CHANGED_ELSEWHERE, e.outcome());
  }

  @Test
  void anAppointmentIdThatIsNoFhirIdNeverReachesAUrl() {
    assertThrows(
        InvalidValueException.class,
        () -> client.readAppointment(provider.target(), "../Patient/52"));
    assertTrue(provider.seen().isEmpty());
  }
}
