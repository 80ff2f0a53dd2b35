package uk.practiceconnect.gpconnect.control;

import org.eclipse.microprofile.config.Config;
import uk.practiceconnect.gpconnect.entity.Asid;
import uk.practiceconnect.gpconnect.entity.Requester;

/**
 * Who Practice Connect is on every GP Connect call: our ASID ({@code Ssp-From}), the organisation,
 * device and practitioner the access token names, and the booking organisation an appointment
 * carries. Read once from the {@code gpconnect.consumer.*}, {@code gpconnect.device.*} and {@code
 * gpconnect.practitioner.*} keys.
 */
record ConsumerIdentity(
    Asid asid, String issuer, Organisation organisation, Device device, Practitioner practitioner) {

  /** The booking and requesting organisation: ODS code, name, telephone and GP Connect type. */
  record Organisation(String odsCode, String name, String telephone, String type) {}

  /** Our system, as the {@code requesting_device} claim names it. */
  record Device(String system, String id, String model, String version) {}

  /**
   * The person the {@code requesting_practitioner} claim names. {@code UNK} for the SDS ids of
   * someone not signed in with an NHS smartcard, as the specification asks.
   */
  record Practitioner(
      String id,
      String family,
      String given,
      String prefix,
      String sdsUserId,
      String sdsRoleProfileId,
      String localSystem) {}

  /**
   * A member of staff signed in to Practice Connect (not with an NHS smartcard, so their SDS ids
   * are {@code UNK}), identified by their username in our user system.
   */
  Practitioner staff(Requester staff) {
    return new Practitioner(
        staff.username().replace('_', '-'), // a FHIR id has no underscores
        staff.family(),
        staff.given(),
        "",
        UNKNOWN,
        UNKNOWN,
        practitioner.localSystem());
  }

  /** The specification's value for an SDS id the consumer does not know. */
  static final String UNKNOWN = "UNK";

  static ConsumerIdentity from(Config config) {
    return new ConsumerIdentity(
        Asid.of(text(config, "gpconnect.consumer.asid")),
        text(config, "gpconnect.consumer.issuer"),
        new Organisation(
            text(config, "gpconnect.consumer.ods-code"),
            text(config, "gpconnect.consumer.organisation-name"),
            text(config, "gpconnect.consumer.telephone"),
            text(config, "gpconnect.consumer.organisation-type")),
        new Device(
            text(config, "gpconnect.device.system"),
            text(config, "gpconnect.device.id"),
            text(config, "gpconnect.device.model"),
            text(config, "gpconnect.device.version")),
        new Practitioner(
            text(config, "gpconnect.practitioner.id"),
            text(config, "gpconnect.practitioner.family"),
            text(config, "gpconnect.practitioner.given"),
            config.getOptionalValue("gpconnect.practitioner.prefix", String.class).orElse(""),
            text(config, "gpconnect.practitioner.sds-user-id"),
            text(config, "gpconnect.practitioner.sds-role-profile-id"),
            text(config, "gpconnect.practitioner.local-system")));
  }

  private static String text(Config config, String key) {
    return config.getValue(key, String.class).strip();
  }
}
