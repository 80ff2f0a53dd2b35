package uk.practiceconnect.sandbox.gpconnect.control;

/** The GP Connect 1.2.7 profile, extension and code system addresses the stand-in uses. */
public final class Profiles {

  static final String SD = "https://fhir.nhs.uk/STU3/StructureDefinition/";

  public static final String PATIENT = SD + "CareConnect-GPC-Patient-1";
  public static final String ORGANIZATION = SD + "CareConnect-GPC-Organization-1";
  public static final String PRACTITIONER = SD + "CareConnect-GPC-Practitioner-1";
  public static final String LOCATION = SD + "CareConnect-GPC-Location-1";
  public static final String SCHEDULE = SD + "GPConnect-Schedule-1";
  public static final String SLOT = SD + "GPConnect-Slot-1";
  public static final String APPOINTMENT = SD + "GPConnect-Appointment-1";
  public static final String OPERATION_OUTCOME = SD + "GPConnect-OperationOutcome-1";

  public static final String EXT_DELIVERY_CHANNEL = SD + "Extension-GPConnect-DeliveryChannel-2";
  public static final String EXT_PRACTITIONER_ROLE = SD + "Extension-GPConnect-PractitionerRole-1";
  public static final String EXT_BOOKING_ORGANISATION =
      SD + "Extension-GPConnect-BookingOrganisation-1";
  public static final String EXT_CANCELLATION_REASON =
      SD + "Extension-GPConnect-AppointmentCancellationReason-1";
  public static final String EXT_NHS_NUMBER_VERIFICATION =
      SD + "Extension-CareConnect-GPC-NHSNumberVerificationStatus-1";
  public static final String EXT_REGISTRATION_DETAILS =
      SD + "Extension-CareConnect-GPC-RegistrationDetails-1";

  public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
  public static final String ODS_SYSTEM = AuditToken.ODS_SYSTEM;
  public static final String SDS_USER_SYSTEM = AuditToken.SDS_USER_SYSTEM;
  public static final String ORGANISATION_TYPE_SYSTEM =
      "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1";
  public static final String JOB_ROLE_SYSTEM =
      "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1";
  public static final String NHS_NUMBER_VERIFICATION_SYSTEM =
      "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1";

  private Profiles() {}
}
