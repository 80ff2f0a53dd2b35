package uk.practiceconnect.emis.entity;

import java.time.Instant;

/**
 * What anyone may see of a practice's EMIS settings: everything but the password. {@code version}
 * is {@link #NONE} while nothing has been saved, so it never equals the version of the row the
 * first save creates (0): a save based on the empty settings loses to a first save made meanwhile.
 */
public record EmisSettingsView(
    String organisationId,
    String apiUsername,
    boolean apiPasswordSet,
    Instant updatedAt,
    String updatedBy,
    long version) {

  public static EmisSettingsView of(EmisSettings s) {
    return new EmisSettingsView(
        s.organisationId().map(OrganisationId::value).orElse(null),
        s.apiUsername().map(ApiUsername::value).orElse(null),
        s.apiPasswordSet(),
        s.updatedAt(),
        s.updatedBy(),
        s.version());
  }

  /** The version of settings that were never saved. */
  public static final long NONE = -1;

  public static EmisSettingsView empty() {
    return new EmisSettingsView(null, null, false, null, null, NONE);
  }
}
