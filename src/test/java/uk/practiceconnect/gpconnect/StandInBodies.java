package uk.practiceconnect.gpconnect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The FHIR resources another consumer of the stand-in writes by hand: the audit token's requesting
 * device, organisation and practitioner, and an Appointment to book (GP Connect 1.2.7's shapes,
 * values our own).
 */
final class StandInBodies {

  private StandInBodies() {}

  static JsonObject device() {
    return Json.createObjectBuilder()
        .add("resourceType", "Device")
        .add(
            "identifier",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("system", "https://other-consumer.example/Id/device")
                        .add("value", "desk-1")))
        .add("model", "Other Consumer")
        .add("version", "1.0")
        .build();
  }

  static JsonObject organisation(String ods, String name) {
    return Json.createObjectBuilder()
        .add("resourceType", "Organization")
        .add(
            "identifier",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("system", "https://fhir.nhs.uk/Id/ods-organization-code")
                        .add("value", ods)))
        .add("name", name)
        .build();
  }

  static JsonObject practitioner(String id) {
    return Json.createObjectBuilder()
        .add("resourceType", "Practitioner")
        .add("id", id)
        .add(
            "identifier",
            Json.createArrayBuilder()
                .add(identifier("https://fhir.nhs.uk/Id/sds-user-id", "UNK"))
                .add(identifier("https://fhir.nhs.uk/Id/sds-role-profile-id", "UNK")))
        .add(
            "name",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("family", "Reception")
                        .add("given", Json.createArrayBuilder().add("Desk"))))
        .build();
  }

  private static JsonObjectBuilder identifier(String system, String value) {
    return Json.createObjectBuilder().add("system", system).add("value", value);
  }

  static String appointment(String slotId, Instant start, Instant end, String patientId) {
    return Json.createObjectBuilder()
        .add("resourceType", "Appointment")
        .add(
            "meta",
            Json.createObjectBuilder()
                .add(
                    "profile",
                    Json.createArrayBuilder()
                        .add(
                            "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1")))
        .add(
            "contained",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder(
                            organisation(StandIn.OTHER_CONSUMER_ODS, "Other Consumer"))
                        .add("id", "org")
                        .add(
                            "telecom",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("system", "phone")
                                        .add("value", "0113 496 0999")))))
        .add(
            "extension",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add(
                            "url",
                            "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1")
                        .add(
                            "valueReference", Json.createObjectBuilder().add("reference", "#org"))))
        .add("status", "booked")
        .add("start", start.toString())
        .add("end", end.toString())
        .add("created", Instant.now().minusSeconds(5).toString())
        .add("description", "Booked at the reception desk of another system")
        .add(
            "slot",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("reference", "Slot/" + slotId)))
        .add(
            "participant",
            Json.createArrayBuilder()
                .add(participant("Patient/" + patientId))
                .add(participant("Location/1")))
        .build()
        .toString();
  }

  private static JsonObjectBuilder participant(String reference) {
    return Json.createObjectBuilder()
        .add("actor", Json.createObjectBuilder().add("reference", reference))
        .add("status", "accepted");
  }
}
