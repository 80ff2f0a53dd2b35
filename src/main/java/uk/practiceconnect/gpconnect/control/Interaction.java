package uk.practiceconnect.gpconnect.control;

/**
 * The GP Connect interactions the consumer makes, each with its exact interaction id (the {@code
 * Ssp-InteractionID} header Spine authorises) and the {@code requested_scope} its access token
 * claims (GP Connect 1.2.7, "Interaction IDs" and "Cross organisation audit and provenance").
 */
enum Interaction {
  READ_METADATA(
      "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1", Scope.ORGANISATION_READ),
  SEARCH_PATIENT("urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1", Scope.PATIENT_READ),
  SEARCH_ORGANISATION(
      "urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1", Scope.ORGANISATION_READ),
  SEARCH_FREE_SLOTS(
      "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1", Scope.ORGANISATION_READ),
  CREATE_APPOINTMENT(
      "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1", Scope.PATIENT_WRITE),
  READ_APPOINTMENT(
      "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1", Scope.PATIENT_READ),
  CANCEL_APPOINTMENT(
      "urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1", Scope.PATIENT_WRITE),
  SEARCH_PATIENT_APPOINTMENTS(
      "urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1",
      Scope.PATIENT_READ);

  enum Scope {
    PATIENT_READ("patient/*.read"),
    PATIENT_WRITE("patient/*.write"),
    ORGANISATION_READ("organization/*.read");

    private final String claim;

    Scope(String claim) {
      this.claim = claim;
    }

    String claim() {
      return claim;
    }
  }

  private final String id;
  private final Scope scope;

  Interaction(String id, Scope scope) {
    this.id = id;
    this.scope = scope;
  }

  String id() {
    return id;
  }

  String scope() {
    return scope.claim();
  }

  /** Changes the appointment book: never repeated, and an answer that never came is "unknown". */
  boolean changesTheBook() {
    return this == CREATE_APPOINTMENT || this == CANCEL_APPOINTMENT;
  }
}
