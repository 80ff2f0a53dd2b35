package uk.practiceconnect.sandbox.gpconnect.entity;

/**
 * The GP Connect interactions the stand-in serves: the {@code Ssp-InteractionID} a consumer must
 * send for each, and the JWT {@code requested_scope} that goes with it (organisation data is read
 * with {@code organization/*.read}; a patient's data with {@code patient/*.read} or, to book, amend
 * and cancel, {@code patient/*.write}).
 */
public enum Interaction {
  READ_METADATA("rest:read:metadata-1", "organization/*.read"),
  SEARCH_PATIENT("rest:search:patient-1", "patient/*.read"),
  READ_PATIENT("rest:read:patient-1", "patient/*.read"),
  SEARCH_ORGANIZATION("rest:search:organization-1", "organization/*.read"),
  READ_ORGANIZATION("rest:read:organization-1", "organization/*.read"),
  READ_PRACTITIONER("rest:read:practitioner-1", "organization/*.read"),
  READ_LOCATION("rest:read:location-1", "organization/*.read"),
  SEARCH_SLOT("rest:search:slot-1", "organization/*.read"),
  CREATE_APPOINTMENT("rest:create:appointment-1", "patient/*.write"),
  READ_APPOINTMENT("rest:read:appointment-1", "patient/*.read"),
  UPDATE_APPOINTMENT("rest:update:appointment-1", "patient/*.write"),
  CANCEL_APPOINTMENT("rest:cancel:appointment-1", "patient/*.write"),
  SEARCH_PATIENT_APPOINTMENTS("rest:search:patient_appointments-1", "patient/*.read");

  static final String PREFIX = "urn:nhs:names:services:gpconnect:fhir:";

  private final String id;
  private final String scope;

  Interaction(String suffix, String scope) {
    this.id = PREFIX + suffix;
    this.scope = scope;
  }

  /** The value of the {@code Ssp-InteractionID} header. */
  public String id() {
    return id;
  }

  /** The JWT {@code requested_scope} this interaction needs. */
  public String scope() {
    return scope;
  }

  /** Whether a scope names a kind of data and access GP Connect knows at all. */
  public static boolean isKnownScope(String scope) {
    return scope != null && scope.matches("(patient|organization)/\\*\\.(read|write)");
  }
}
