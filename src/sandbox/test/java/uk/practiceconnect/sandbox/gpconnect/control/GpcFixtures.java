package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Reference;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;

/** Requests as a GP Connect consumer sends them, to be spoiled one part at a time by the tests. */
final class GpcFixtures {

  static final String ENDPOINT = "/sandbox/gpconnect/A81003/STU3/1/gpconnect";
  static final String AUD = "http://localhost:8080" + ENDPOINT;

  private GpcFixtures() {}

  static UnaryOperator<String> headers(Map<String, String> values) {
    return values::get;
  }

  static Map<String, String> sspHeaders(Interaction interaction) {
    return Map.of(
        "Ssp-TraceID", "09a01679-2564-0fb4-5129-aecc81ea2706",
        "Ssp-From", "200000000359",
        "Ssp-To", "918999198993",
        "Ssp-InteractionID", interaction.id());
  }

  /** The claims of a valid token issued at {@code iat}. */
  static JsonObjectBuilder claims(long iat, String scope) {
    return Json.createObjectBuilder()
        .add("iss", "https://practice-connect.example")
        .add("sub", "u-42")
        .add("aud", AUD)
        .add("exp", iat + 300)
        .add("iat", iat)
        .add("reason_for_request", "directcare")
        .add("requested_scope", scope)
        .add(
            "requesting_device",
            Json.createObjectBuilder()
                .add("resourceType", "Device")
                .add(
                    "identifier",
                    Json.createArrayBuilder()
                        .add(identifier("https://practice-connect.example/Id/device", "pc-1")))
                .add("model", "Practice Connect")
                .add("version", "1.0"))
        .add(
            "requesting_organization",
            Json.createObjectBuilder()
                .add("resourceType", "Organization")
                .add(
                    "identifier",
                    Json.createArrayBuilder().add(identifier(AuditToken.ODS_SYSTEM, "A81001")))
                .add("name", "Riverside Surgery"))
        .add(
            "requesting_practitioner",
            Json.createObjectBuilder()
                .add("resourceType", "Practitioner")
                .add("id", "u-42")
                .add(
                    "identifier",
                    Json.createArrayBuilder()
                        .add(identifier(AuditToken.SDS_USER_SYSTEM, "UNK"))
                        .add(identifier(AuditToken.SDS_ROLE_SYSTEM, "UNK"))
                        .add(identifier("https://practice-connect.example/Id/user", "u-42")))
                .add(
                    "name",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("family", "Patel")
                                .add("given", Json.createArrayBuilder().add("Rita"))
                                .add("prefix", Json.createArrayBuilder().add("Mrs")))));
  }

  static String bearer(JsonObject claims) {
    return bearer("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims.toString(), "");
  }

  static String bearer(String header, String payload, String signature) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return "Bearer "
        + b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + signature;
  }

  private static JsonObjectBuilder identifier(String system, String value) {
    return Json.createObjectBuilder().add("system", system).add("value", value);
  }

  /** A booking of the given slots for patient 1 at Parkside, as the specification's example. */
  static Appointment booking(List<DiarySlot> slots) {
    Appointment a = new Appointment();
    a.getMeta().addProfile(Profiles.APPOINTMENT);
    Organization org = new Organization();
    org.setId("1");
    org.getMeta().addProfile(Profiles.ORGANIZATION);
    org.addIdentifier().setSystem(Profiles.ODS_SYSTEM).setValue("A81001");
    org.setName("Riverside Surgery");
    org.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("0113 496 0000");
    a.addContained(org);
    a.addExtension(new Extension(Profiles.EXT_BOOKING_ORGANISATION, new Reference("#1")));
    a.setStatus(Appointment.AppointmentStatus.BOOKED);
    a.setDescription("Booked online by the patient");
    a.setStartElement(FhirTime.instant(slots.get(0).start()));
    a.setEndElement(FhirTime.instant(slots.get(slots.size() - 1).end()));
    slots.forEach(s -> a.addSlot(new Reference("Slot/" + s.id().value())));
    a.setCreated(Date.from(Instant.parse("2026-12-01T09:00:00Z")));
    a.addParticipant()
        .setActor(new Reference("Patient/1"))
        .setStatus(Appointment.ParticipationStatus.ACCEPTED);
    a.addParticipant()
        .setActor(new Reference("Location/1"))
        .setStatus(Appointment.ParticipationStatus.ACCEPTED);
    return a;
  }

  /** Free slots of schedule 1 at Parkside on a working day after {@code day}. */
  static List<DiarySlot> freeSlots(LocalDate day) {
    LocalDate d = day;
    while (!Diary.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return Diary.slots(Providers.parkside(), d, d).stream()
        .filter(s -> s.schedule().id().equals("1"))
        .toList();
  }
}
