package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import uk.practiceconnect.emis.entity.ApiPassword;
import uk.practiceconnect.emis.entity.ApiUsername;
import uk.practiceconnect.emis.entity.EmisSettings;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.emis.entity.OrganisationId;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.SealedSecret;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Reads and changes a practice's EMIS settings. Each form (Organisation ID, API user) saves on its
 * own; a save based on an older version than the stored one is refused rather than silently
 * overwriting someone else's change. A saved change makes the practice due for a status check (the
 * cached EMIS session notices the new version by itself).
 */
@ApplicationScoped
public class EmisSettingsService {

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;
  @Inject CredentialCipher cipher;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SettingsSaves saves;
  @Inject IntegrationStatus status;

  /**
   * The settings as anyone may see them, read through an entity manager of this call's own: the
   * same on a request thread, a scheduled job or a connection test's worker thread, inside a
   * transaction or not, and without beginning one (this is the busiest REST read).
   */
  public EmisSettingsView view(Practice practice) {
    EntityManager own = factory.createEntityManager();
    try {
      EmisSettings s = own.find(EmisSettings.class, practice.id());
      return s == null ? EmisSettingsView.empty() : EmisSettingsView.of(s);
    } finally {
      own.close();
    }
  }

  @Transactional
  public EmisSettingsView changeOrganisationId(
      Caller caller, Practice practice, String raw, Long expectedVersion) {
    var v = new Validation();
    OrganisationId id = v.field("organisationId", raw, OrganisationId::of);
    v.throwIfInvalid();
    EmisSettings s = loadForChange(practice, expectedVersion);
    if (s.organisationId().filter(id::equals).isPresent()) {
      return EmisSettingsView.of(s); // saved again unchanged: nothing to change, audit or re-test
    }
    String before = s.organisationId().map(OrganisationId::value).orElse("(not set)");
    s.changeOrganisationId(id, caller.name(), clock.instant());
    saves.write();
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "EMIS_ORGANISATION_ID_CHANGED",
        "organisationId",
        "Changed from " + before + " to " + id);
    status.settingsChanged(practice);
    return EmisSettingsView.of(s);
  }

  @Transactional
  public EmisSettingsView changeApiUser(
      Caller caller,
      Practice practice,
      String rawUsername,
      String rawPassword,
      Long expectedVersion) {
    var v = new Validation();
    ApiUsername username = v.field("username", rawUsername, ApiUsername::of);
    ApiPassword password = v.field("password", rawPassword, ApiPassword::of);
    v.throwIfInvalid();
    EmisSettings s = loadForChange(practice, expectedVersion);
    String before = s.apiUsername().map(ApiUsername::value).orElse("(not set)");
    char[] plain = password.reveal();
    SealedSecret sealed;
    try {
      sealed = cipher.seal(plain, context(practice));
    } finally {
      Arrays.fill(plain, '\0');
    }
    s.changeApiUser(username, sealed, caller.name(), clock.instant());
    saves.write();
    String ods = practice.odsCode().value();
    if (!Objects.equals(before, username.value())) {
      audit.record(
          caller,
          practice.id(),
          ods,
          "EMIS_API_USER_CHANGED",
          "apiUsername",
          "Changed from " + before + " to " + username);
    }
    audit.record(
        caller,
        practice.id(),
        ods,
        "EMIS_API_PASSWORD_CHANGED",
        "apiPassword",
        "Password replaced");
    status.settingsChanged(practice);
    return EmisSettingsView.of(s);
  }

  /** The API user's password, opened only at the moment of logon to EMIS. */
  @Transactional
  public char[] openPassword(Practice practice) {
    EmisSettings s = em.find(EmisSettings.class, practice.id());
    if (s == null || s.apiPassword().isEmpty()) {
      throw new DomainException(ErrorCode.UNPROCESSABLE, "No EMIS API password is set");
    }
    return cipher.open(s.apiPassword().get(), context(practice));
  }

  private EmisSettings loadForChange(Practice practice, Long expectedVersion) {
    return saves.forChange(
        EmisSettings.class, practice.id(), expectedVersion, () -> new EmisSettings(practice.id()));
  }

  private static String context(Practice practice) {
    return "emis-api-password:practice:" + practice.id();
  }
}
