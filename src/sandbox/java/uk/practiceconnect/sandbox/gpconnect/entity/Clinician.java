package uk.practiceconnect.sandbox.gpconnect.entity;

/**
 * A clinician whose diary the practice offers (a FHIR Practitioner). {@code roleCode} is the SDS
 * job role name code, or null where the stand-in shows the role as text only.
 */
public record Clinician(
    String id,
    String sdsUserId,
    String prefix,
    String given,
    String family,
    String gender,
    String roleCode,
    String roleDisplay) {

  /** The SDS job role name code for a General Medical Practitioner. */
  public static final String GP_ROLE = "R0260";

  public String displayName() {
    return prefix + " " + given + " " + family;
  }
}
