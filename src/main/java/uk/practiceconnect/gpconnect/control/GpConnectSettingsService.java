package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.gpconnect.entity.Asid;
import uk.practiceconnect.gpconnect.entity.GpConnectSettings;
import uk.practiceconnect.gpconnect.entity.GpConnectSettingsView;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.gpconnect.entity.ProviderEndpoint;
import uk.practiceconnect.gpconnect.entity.Requester;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Reads and changes a practice's GP Connect provider. The endpoint, the provider's ASID and the
 * practice's ODS code at the provider are saved together (they come from one directory entry, and
 * the route may only switch to GP Connect once all three are there); a save based on an older
 * version than the stored one is refused rather than overwriting someone else's change.
 */
@ApplicationScoped
public class GpConnectSettingsService {

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;
  @Inject AuditTrail audit;
  @Inject StaffAsking asking;
  @Inject Clock clock;
  @Inject SettingsSaves saves;

  /** Plain {@code http://} endpoints: only for the provider stand-in of the demo and the tests. */
  @Inject
  @ConfigProperty(name = "gpconnect.allow-plain-http", defaultValue = "false")
  boolean plainHttpAllowed;

  /**
   * The settings, read through an entity manager of this call's own, so that request threads, jobs
   * and the consumer's worker threads read them alike, inside a transaction or not.
   */
  public GpConnectSettingsView view(Practice practice) {
    return stored(practice).map(GpConnectSettingsView::of).orElseGet(GpConnectSettingsView::empty);
  }

  /** Where the practice's GP Connect calls go; empty until all three settings are saved. */
  /**
   * Where the practice's calls go, and, when a member of staff's request makes them, who asks (the
   * token's requesting practitioner): read here, on the request's own thread, before any part of a
   * call moves to another.
   */
  public Optional<GpConnectTarget> target(Practice practice) {
    Optional<Requester> staff = asking == null ? Optional.empty() : asking.now();
    return stored(practice).flatMap(GpConnectSettings::target).map(t -> t.askedBy(staff));
  }

  @Transactional
  public GpConnectSettingsView change(
      Caller caller,
      Practice practice,
      String rawEndpoint,
      String rawProviderAsid,
      String rawProviderOdsCode,
      Long expectedVersion) {
    var v = new Validation();
    ProviderEndpoint endpoint =
        v.field("endpoint", rawEndpoint, raw -> ProviderEndpoint.of(raw, plainHttpAllowed));
    Asid asid = v.field("providerAsid", rawProviderAsid, Asid::of);
    OdsCode ods = v.field("providerOdsCode", rawProviderOdsCode, GpConnectSettingsService::odsCode);
    v.throwIfInvalid();
    GpConnectTarget wanted = new GpConnectTarget(endpoint, asid, ods);
    GpConnectSettings s =
        saves.forChange(
            GpConnectSettings.class,
            practice.id(),
            expectedVersion,
            () -> new GpConnectSettings(practice.id()));
    GpConnectSettingsView before = GpConnectSettingsView.of(s);
    if (s.target().filter(wanted::equals).isPresent()) {
      return before; // saved again unchanged: nothing to store or audit
    }
    s.change(wanted, caller.name(), clock.instant());
    saves.write();
    GpConnectSettingsView after = GpConnectSettingsView.of(s);
    String where = practice.odsCode().value();
    auditIfChanged(
        caller,
        practice,
        where,
        "GP_CONNECT_ENDPOINT_CHANGED",
        "endpoint",
        before.endpoint(),
        after.endpoint());
    auditIfChanged(
        caller,
        practice,
        where,
        "GP_CONNECT_PROVIDER_ASID_CHANGED",
        "providerAsid",
        before.providerAsid(),
        after.providerAsid());
    auditIfChanged(
        caller,
        practice,
        where,
        "GP_CONNECT_PROVIDER_ODS_CODE_CHANGED",
        "providerOdsCode",
        before.providerOdsCode(),
        after.providerOdsCode());
    return after;
  }

  private void auditIfChanged(
      Caller caller,
      Practice practice,
      String ods,
      String action,
      String field,
      String before,
      String after) {
    if (!Objects.equals(before, after)) {
      audit.record(
          caller,
          practice.id(),
          ods,
          action,
          field,
          "Changed from " + (before == null ? "(not set)" : before) + " to " + after);
    }
  }

  /** The practice's code as the provider knows it; a missing one is named in GP Connect's words. */
  static OdsCode odsCode(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(
          "Enter your practice's ODS code at the provider (usually your own ODS code, for example"
              + " A81001)");
    }
    return OdsCode.of(raw);
  }

  private Optional<GpConnectSettings> stored(Practice practice) {
    EntityManager own = factory.createEntityManager();
    try {
      return Optional.ofNullable(own.find(GpConnectSettings.class, practice.id()));
    } finally {
      own.close();
    }
  }
}
