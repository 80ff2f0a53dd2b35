package uk.practiceconnect.gpconnect.entity;

import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.platform.entity.SettingsVersion;

/**
 * A practice's GP Connect provider as pages and the REST API show it (nothing in it is secret).
 * Unset values are null; {@code version} is {@link SettingsVersion#NEVER_SAVED} until the first
 * save.
 */
public record GpConnectSettingsView(
    String endpoint,
    String providerAsid,
    String providerOdsCode,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {

  public static GpConnectSettingsView of(GpConnectSettings s) {
    var target = s.target();
    return new GpConnectSettingsView(
        target.map(t -> t.endpoint().toString()).orElse(null),
        target.map(t -> t.providerAsid().value()).orElse(null),
        target.map(t -> t.providerOds().value()).orElse(null),
        s.updatedAt(),
        s.updatedBy(),
        s.version());
  }

  public static GpConnectSettingsView empty() {
    return new GpConnectSettingsView(null, null, null, null, null, SettingsVersion.NEVER_SAVED);
  }

  /** Whether all three are saved, so the practice may switch to GP Connect. */
  public boolean complete() {
    return endpoint != null && providerAsid != null && providerOdsCode != null;
  }
}
