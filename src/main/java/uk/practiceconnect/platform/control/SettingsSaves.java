package uk.practiceconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.SettingsVersion;
import uk.practiceconnect.platform.entity.VersionedSettings;

/**
 * The one way a practice's settings (EMIS, reminders, online booking) are changed without losing
 * someone else's save: the row is checked against the version its editor read, created on the first
 * save, and written at once, so a save that lost to another one (a stale version, or two first
 * saves at the same moment) ends as {@code CHANGED_BY_SOMEONE_ELSE} with a message people
 * understand, never as an error page or a silent overwrite.
 */
@ApplicationScoped
public class SettingsSaves {

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;

  /**
   * The practice's settings as stored now, read through an entity manager of this call's own: the
   * same on a request thread or a job's thread, inside a transaction or not, without beginning one.
   */
  public <T> Optional<T> stored(Class<T> type, Long practiceId) {
    EntityManager own = factory.createEntityManager();
    try {
      return Optional.ofNullable(own.find(type, practiceId));
    } finally {
      own.close();
    }
  }

  /**
   * The settings row to change, new if the practice has none yet.
   *
   * @param expectedVersion the version the editor read ({@link SettingsVersion#NEVER_SAVED} for
   *     none), or null for no check
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T extends VersionedSettings> T forChange(
      Class<T> type, Long practiceId, Long expectedVersion, Supplier<T> firstSave) {
    T settings = em.find(type, practiceId);
    if (SettingsVersion.isStale(expectedVersion, settings == null ? null : settings.version())) {
      throw changedBySomeoneElse();
    }
    if (settings == null) {
      settings = firstSave.get();
      em.persist(settings);
    }
    return settings;
  }

  /** The settings row to remove, if there is one, checked as {@link #forChange} checks it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T extends VersionedSettings> Optional<T> forRemoval(
      Class<T> type, Long practiceId, Long expectedVersion) {
    T settings = em.find(type, practiceId);
    if (SettingsVersion.isStale(expectedVersion, settings == null ? null : settings.version())) {
      throw changedBySomeoneElse();
    }
    return Optional.ofNullable(settings);
  }

  /** Writes the change now, so that losing to another save shows here, not at commit. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void write() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (DatabaseErrors.isLostSave(e)) {
        throw changedBySomeoneElse();
      }
      throw e;
    }
  }

  static DomainException changedBySomeoneElse() {
    return new DomainException(
        ErrorCode.CHANGED_BY_SOMEONE_ELSE,
        "These settings were changed by someone else while you were editing. Reload to see the"
            + " latest values, then make your change again.");
  }
}
