package uk.practiceconnect.gpconnect.control;

/**
 * Provider answers written for the tests in the shapes of the GP Connect 1.2.7 examples (values our
 * own). The slot bundle has two slots of one schedule at the Riverside surgery with Dr Amara Osei,
 * and one slot whose schedule the provider left out.
 */
final class CannedFhir {

  private CannedFhir() {}

  static final String CAPABILITY =
      """
      {"resourceType": "CapabilityStatement", "version": "1.2.7", "name": "GP Connect",
       "status": "active", "date": "2026-01-05", "kind": "instance", "fhirVersion": "3.0.1",
       "software": {"name": "Riverside GP System", "version": "4.2"},
       "acceptUnknown": "both", "format": ["application/fhir+json"]}
      """;

  static final String ORGANISATIONS =
      """
      {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
        "resourceType": "Organization", "id": "7",
        "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "A81001"}],
        "name": "Riverside Medical Practice"}}]}
      """;

  static final String EMPTY_BUNDLE = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}";

  static final String PATIENTS =
      """
      {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
        "resourceType": "Patient", "id": "52",
        "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
        "name": [{"use": "usual", "family": "Smyth", "given": ["Jo"]},
                 {"use": "official", "family": "Smith", "given": ["Joanna", "Mary"], "prefix": ["Mrs"]}],
        "birthDate": "1981-07-14",
        "address": [{"use": "temp", "postalCode": "LS2 9AA"}, {"use": "home", "postalCode": "LS1 6AE"}],
        "telecom": [{"system": "phone", "value": "0113 496 0000", "use": "home"},
                    {"system": "phone", "value": "07700 900123", "use": "mobile"}]}}]}
      """;

  static final String SLOTS =
      """
      {"resourceType": "Bundle", "type": "searchset", "entry": [
        {"resource": {"resourceType": "Slot", "id": "1641",
          "extension": [{"url": "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2", "valueCode": "In-person"}],
          "serviceType": [{"text": "Asthma review"}],
          "schedule": {"reference": "Schedule/14"}, "status": "free",
          "start": "2026-03-03T10:40:00+00:00", "end": "2026-03-03T10:49:59+00:00"}},
        {"resource": {"resourceType": "Slot", "id": "1640",
          "serviceType": [{"text": "Asthma review"}],
          "schedule": {"reference": "Schedule/14"}, "status": "free",
          "start": "2026-03-03T10:30:00.000+00:00", "end": "2026-03-03T10:40:00.000+00:00"}},
        {"resource": {"resourceType": "Slot", "id": "1700",
          "schedule": {"reference": "Schedule/99"}, "status": "free",
          "start": "2026-03-03T11:00:00+00:00", "end": "2026-03-03T11:10:00+00:00"}},
        {"resource": {"resourceType": "Schedule", "id": "14",
          "serviceCategory": {"text": "Morning clinic"},
          "actor": [{"reference": "Location/17"}, {"reference": "Practitioner/2"}]}},
        {"resource": {"resourceType": "Location", "id": "17", "name": "Riverside Surgery",
          "managingOrganization": {"reference": "Organization/7"}}},
        {"resource": {"resourceType": "Practitioner", "id": "2",
          "name": [{"family": "Osei", "given": ["Amara"], "prefix": ["Dr"]}]}},
        {"resource": {"resourceType": "Organization", "id": "7", "name": "Riverside Medical Practice"}}
      ]}
      """;

  static String appointment(String id, String version, String status) {
    return """
        {"resourceType": "Appointment", "id": "%s",
         "meta": {"versionId": "%s", "profile": ["https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1"]},
         "contained": [{"resourceType": "Organization", "id": "1", "name": "Practice Connect",
           "telecom": [{"system": "phone", "value": "0300 000 0000"}]}],
         "extension": [{"url": "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
           "valueReference": {"reference": "#1"}}],
         "status": "%s", "serviceCategory": {"text": "Morning clinic"}, "serviceType": [{"text": "Asthma review"}],
         "description": "Asthma review booked online", "comment": "Prefers a morning call back",
         "start": "2026-03-03T10:30:00+00:00", "end": "2026-03-03T10:40:00+00:00",
         "slot": [{"reference": "Slot/1640"}], "created": "2026-03-02T09:00:00+00:00",
         "participant": [
           {"actor": {"reference": "Patient/52"}, "status": "accepted"},
           {"actor": {"reference": "Location/17", "display": "Riverside Surgery"}, "status": "accepted"},
           {"actor": {"reference": "Practitioner/2", "display": "Dr Amara Osei"}, "status": "accepted"}]}
        """
        .formatted(id, version, status);
  }

  static String appointments() {
    return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [{\"resource\": "
        + appointment("148", "3", "booked")
        + "}, {\"resource\": "
        + appointment("149", "5", "cancelled")
        + "}]}";
  }

  /** An error in the shape of GPConnect-OperationOutcome-1. */
  static String outcome(String code, String diagnostics) {
    return """
        {"resourceType": "OperationOutcome",
         "meta": {"profile": ["https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1"]},
         "issue": [{"severity": "error", "code": "invalid",
           "details": {"coding": [{"system": "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
             "code": "%s", "display": "%s"}]},
           "diagnostics": "%s"}]}
        """
        .formatted(code, code, diagnostics);
  }
}
