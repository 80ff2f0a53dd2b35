package uk.practiceconnect.emis.entity;

import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.platform.entity.SettingsVersion;

/**
 * What anyone may see of a practice's EMIS settings: everything but the password. {@code version}
 * is {@link SettingsVersion#NEVER_SAVED} while nothing has been saved.
 */
public record EmisSettingsView(
    String organisationId,
    String apiUsername,
    boolean apiPasswordSet,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {

  public static EmisSettingsView of(EmisSettings s) {
    return new EmisSettingsView(
        s.organisationId().map(OrganisationId::value).orElse(null),
        s.apiUsername().map(ApiUsername::value).orElse(null),
        s.apiPasswordSet(),
        s.updatedAt(),
        s.updatedBy(),
        s.version());
  }

  public static EmisSettingsView empty() {
    return new EmisSettingsView(null, null, false, null, null, SettingsVersion.NEVER_SAVED);
  }
}
