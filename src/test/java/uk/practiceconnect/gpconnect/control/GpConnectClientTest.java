package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.gpconnect.control.FakeProvider.NOW;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.ProviderCapability;
import uk.practiceconnect.gpconnect.entity.Requester;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.practice.entity.OdsCode;

class GpConnectClientTest {

  static final NhsNumber NHS = new NhsNumber("9434765919");

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

  static GpConnectPatient patient() {
    return new GpConnectPatient("52", NHS, "Mrs", "Joanna", "Smith", null, null, null);
  }

  record Call(
      String name,
      String interactionId,
      String scope,
      String method,
      String path,
      List<String> answers,
      Consumer<GpConnectClientTest> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> everyOperation() {
    String metadata = "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1";
    return Stream.of(
            new Call(
                "capability statement",
                metadata,
                "organization/*.read",
                "GET",
                "/metadata",
                List.of(CannedFhir.CAPABILITY),
                t -> t.client.capabilityStatement(t.provider.target())),
            new Call(
                "find an organisation",
                "urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1",
                "organization/*.read",
                "GET",
                "/Organization",
                List.of(CannedFhir.ORGANISATIONS),
                t -> t.client.findOrganisation(t.provider.target(), new OdsCode("A81001"))),
            new Call(
                "find a patient",
                "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1",
                "patient/*.read",
                "GET",
                "/Patient",
                List.of(CannedFhir.PATIENTS),
                t -> t.client.findPatient(t.provider.target(), NHS)),
            new Call(
                "search for free slots",
                "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1",
                "organization/*.read",
                "GET",
                "/Slot",
                List.of(CannedFhir.SLOTS),
                t -> t.client.freeSlots(t.provider.target(), NOW, NOW.plusSeconds(86400))),
            new Call(
                "book an appointment",
                "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1",
                "patient/*.write",
                "POST",
                "/Appointment",
                List.of(CannedFhir.appointment("148", "1", "booked")),
                t -> t.client.book(t.provider.target(), slot(), patient(), "Asthma review", null)),
            new Call(
                "read an appointment",
                "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1",
                "patient/*.read",
                "GET",
                "/Appointment/148",
                List.of(CannedFhir.appointment("148", "1", "booked")),
                t -> t.client.readAppointment(t.provider.target(), "148")),
            new Call(
                "cancel an appointment",
                "urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1",
                "patient/*.write",
                "PUT",
                "/Appointment/148",
                List.of(
                    CannedFhir.appointment("148", "1", "booked"),
                    CannedFhir.appointment("148", "2", "cancelled")),
                t -> t.client.cancel(t.provider.target(), "148", "No longer needed")),
            new Call(
                "a patient's appointments",
                "urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1",
                "patient/*.read",
                "GET",
                "/Patient/52/Appointment",
                List.of(CannedFhir.appointments()),
                t ->
                    t.client.patientAppointments(
                        t.provider.target(),
                        patient(),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 4, 2))))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void everyOperationCarriesTheSpineHeadersAndItsExactInteractionId(Call call) {
    call.answers().forEach(a -> provider.answer(200, a));
    call.call().accept(this);

    FakeProvider.Seen request = provider.last();
    assertEquals(call.method(), request.method());
    assertEquals(FakeProvider.BASE_PATH + call.path(), request.path());
    assertEquals(call.interactionId(), request.header("Ssp-InteractionID"));
    assertEquals("200000000359", request.header("Ssp-From"));
    assertEquals(FakeProvider.PROVIDER_ASID, request.header("Ssp-To"));
    assertTrue(
        request
            .header("Ssp-TraceID")
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
        request.header("Ssp-TraceID"));
    assertEquals("application/fhir+json;charset=utf-8", request.header("Accept"));
    assertEquals(
        request.method().equals("GET") ? null : "application/fhir+json;charset=utf-8",
        request.header("Content-Type"));
    long traceIds = provider.seen().stream().map(s -> s.header("Ssp-TraceID")).distinct().count();
    assertEquals(provider.seen().size(), traceIds, "a new trace id for every request");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void everyOperationCarriesAnUnsignedTokenWithTheClaimsTheSpecificationLists(Call call) {
    call.answers().forEach(a -> provider.answer(200, a));
    call.call().accept(this);

    String authorization = provider.last().header("Authorization");
    assertTrue(authorization.startsWith("Bearer "), authorization);
    String[] parts = authorization.substring("Bearer ".length()).split("\\.", -1);
    assertEquals(3, parts.length);
    assertEquals("", parts[2], "no signature: the token ends with a dot");
    JsonObject header = decode(parts[0]);
    assertEquals("none", header.getString("alg"));
    assertEquals("JWT", header.getString("typ"));

    JsonObject claims = decode(parts[1]);
    assertEquals("https://practice-connect.example/", claims.getString("iss"));
    assertEquals(provider.endpoint("http"), claims.getString("aud"));
    assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValue());
    assertEquals(
        300, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
    assertEquals("directcare", claims.getString("reason_for_request"));
    assertEquals(call.scope(), claims.getString("requested_scope"));
    assertFalse(claims.containsKey("requested_record"), "gone from the 1.2.x token");

    JsonObject device = claims.getJsonObject("requesting_device");
    assertEquals("Device", device.getString("resourceType"));
    assertEquals("pc-1", device.getJsonArray("identifier").getJsonObject(0).getString("value"));
    assertEquals("Practice Connect", device.getString("model"));
    assertEquals("0.1.0", device.getString("version"));

    JsonObject organisation = claims.getJsonObject("requesting_organization");
    assertEquals("Organization", organisation.getString("resourceType"));
    JsonObject ods = organisation.getJsonArray("identifier").getJsonObject(0);
    assertEquals("https://fhir.nhs.uk/Id/ods-organization-code", ods.getString("system"));
    assertEquals("Y90001", ods.getString("value"));
    assertEquals("Practice Connect", organisation.getString("name"));

    assertPractitioner(claims, "online-booking", "Online booking", "Practice Connect");
  }

  /**
   * The token's requesting practitioner: {@code sub} and its id, SDS ids {@code UNK} (no
   * smartcard), the id again under our own user system, and the name.
   */
  static void assertPractitioner(JsonObject claims, String id, String family, String given) {
    assertEquals(id, claims.getString("sub"));
    JsonObject practitioner = claims.getJsonObject("requesting_practitioner");
    assertEquals("Practitioner", practitioner.getString("resourceType"));
    assertEquals(id, practitioner.getString("id"));
    var identifiers = practitioner.getJsonArray("identifier");
    assertEquals(
        "https://fhir.nhs.uk/Id/sds-user-id", identifiers.getJsonObject(0).getString("system"));
    assertEquals("UNK", identifiers.getJsonObject(0).getString("value"));
    assertEquals(
        "https://fhir.nhs.uk/Id/sds-role-profile-id",
        identifiers.getJsonObject(1).getString("system"));
    assertEquals("UNK", identifiers.getJsonObject(1).getString("value"));
    assertEquals(
        "https://practice-connect.uk/Id/user", identifiers.getJsonObject(2).getString("system"));
    assertEquals(id, identifiers.getJsonObject(2).getString("value"));
    JsonObject name = practitioner.getJsonArray("name").getJsonObject(0);
    assertEquals(family, name.getString("family"));
    assertEquals(given, name.getJsonArray("given").getString(0));
  }

  @Test
  void aCallAMemberOfStaffMakesHappenNamesThemAsTheRequestingPractitioner() {
    provider.answer(200, CannedFhir.CAPABILITY);
    client.capabilityStatement(
        provider
            .target()
            .askedBy(Optional.of(new Requester("riverside.manager", "Ann Lee Smith"))));

    String token = provider.last().header("Authorization").substring("Bearer ".length());
    assertPractitioner(decode(token.split("\\.", -1)[1]), "riverside.manager", "Smith", "Ann Lee");
  }

  @Test
  void aOneWordStaffNameIsAFamilyNameWithNoGivenName() {
    Requester r = new Requester("desk", "Support");
    assertEquals("Support", r.family());
    assertEquals("", r.given());
    assertEquals("desk", new Requester("desk", " ").family(), "no name: the username");
  }

  static JsonObject decode(String part) {
    String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void searchesFreeSlotsWithTheSpecificationsParametersInUkLocalTime() {
    provider.answer(200, CannedFhir.SLOTS);
    client.freeSlots(
        provider.target(),
        Instant.parse("2026-03-02T09:00:00Z"),
        Instant.parse("2026-03-16T09:00:00Z"));

    FakeProvider.Seen request = provider.last();
    assertEquals(List.of("free"), request.parameter("status"));
    assertEquals(List.of("ge2026-03-02T09:00:00+00:00"), request.parameter("start"));
    assertEquals(List.of("le2026-03-16T09:00:00+00:00"), request.parameter("end"));
    assertEquals(List.of("Slot:schedule"), request.parameter("_include"));
    assertEquals(
        List.of(
            "Schedule:actor:Practitioner",
            "Schedule:actor:Location",
            "Location:managingOrganization"),
        request.parameter("_include:recurse"));
    assertEquals(
        List.of(
            "https://fhir.nhs.uk/Id/ods-organization-code|Y90001",
            "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1|gp-practice"),
        request.parameter("searchFilter"));
  }

  @Test
  void writesSummerTimesWithTheBritishSummerTimeOffset() {
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    client.freeSlots(
        provider.target(),
        Instant.parse("2026-06-01T08:00:00Z"),
        Instant.parse("2026-06-02T08:00:00Z"));
    assertEquals(List.of("ge2026-06-01T09:00:00+01:00"), provider.last().parameter("start"));
  }

  @Test
  void resolvesEachSlotsScheduleLocationPractitionerAndSlotType() {
    provider.answer(200, CannedFhir.SLOTS);
    List<GpConnectSlot> slots = client.freeSlots(provider.target(), NOW, NOW.plusSeconds(86400));

    assertEquals(List.of("1640", "1641"), slots.stream().map(GpConnectSlot::slotId).toList());
    GpConnectSlot first = slots.get(0);
    assertEquals("14", first.scheduleId());
    assertEquals("Asthma review", first.slotType());
    assertEquals("Morning clinic", first.scheduleType());
    assertEquals("Location/17", first.location().reference());
    assertEquals("Riverside Surgery", first.location().name());
    assertEquals("Dr Amara Osei", first.practitioner().name());
    assertEquals("2026-03-03T10:30:00.000+00:00", first.start().wire());
    assertEquals(Instant.parse("2026-03-03T10:30:00Z"), first.start().instant());
    assertEquals("In-person", slots.get(1).deliveryChannel());
  }

  @Test
  void findsThePatientByNhsNumber() {
    provider.answer(200, CannedFhir.PATIENTS);
    GpConnectPatient found = client.findPatient(provider.target(), NHS).orElseThrow();

    assertEquals(
        List.of("https://fhir.nhs.uk/Id/nhs-number|9434765919"),
        provider.last().parameter("identifier"));
    assertEquals("52", found.logicalId());
    assertEquals("Smith", found.surname());
    assertEquals("Joanna Mary", found.forenames());
    assertEquals("Mrs", found.title());
    assertEquals(LocalDate.of(1981, 7, 14), found.dateOfBirth());
    assertEquals("LS1 6AE", found.postcode());
    assertEquals("07700 900123", found.mobile());
    assertFalse(found.toString().contains("Smith"), "never in a log line");
  }

  @Test
  void anEmptyBundleMeansNoSuchPatient() {
    provider.answer(200, CannedFhir.EMPTY_BUNDLE);
    assertTrue(client.findPatient(provider.target(), NHS).isEmpty());
  }

  @Test
  void readsTheCapabilityStatementAndFindsTheOrganisation() {
    provider.answer(200, CannedFhir.CAPABILITY).answer(200, CannedFhir.ORGANISATIONS);
    ProviderCapability capability = client.capabilityStatement(provider.target());
    assertEquals(
        new ProviderCapability("1.2.7", "3.0.1", "Riverside GP System", "4.2"), capability);

    var organisation =
        client.findOrganisation(provider.target(), new OdsCode("A81001")).orElseThrow();
    assertEquals("Riverside Medical Practice", organisation.name());
    assertEquals(
        List.of("https://fhir.nhs.uk/Id/ods-organization-code|A81001"),
        provider.last().parameter("identifier"));
  }

  @Test
  void asksForAPatientsAppointmentsBetweenTwoDatesAndKeepsCancelledOnesMarked() {
    provider.answer(200, CannedFhir.appointments());
    List<GpConnectAppointment> found =
        client.patientAppointments(
            provider.target(), patient(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 2));

    assertEquals(List.of("ge2026-03-02", "le2026-04-02"), provider.last().parameter("start"));
    assertEquals(2, found.size());
    assertFalse(found.get(0).isCancelled());
    assertTrue(found.get(1).isCancelled());
    GpConnectAppointment first = found.get(0);
    assertEquals("52", first.patientId());
    assertEquals(List.of("1640"), first.slotIds());
    assertEquals("Riverside Surgery", first.location().name());
    assertEquals("Asthma review", first.slotType());
    assertEquals("3", first.versionId());
    assertEquals(Instant.parse("2026-03-02T09:00:00Z"), first.created());
    assertNull(first.cancellationReason());
  }

  static GpConnectSlot slot() {
    return FreeSlots.read(
            FhirExchange.FHIR
                .newJsonParser()
                .parseResource(org.hl7.fhir.dstu3.model.Bundle.class, CannedFhir.SLOTS))
        .get(0);
  }
}
