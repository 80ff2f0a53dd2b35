package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import uk.practiceconnect.sandbox.emis.entity.AppointmentSession;
import uk.practiceconnect.sandbox.emis.entity.Clinician;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;
import uk.practiceconnect.sandbox.emis.entity.Slot;
import uk.practiceconnect.sandbox.emis.entity.SlotStatus;
import uk.practiceconnect.sandbox.emis.entity.SlotType;

/**
 * The names an appointment book is made of: clinicians and slot types, found by name or added on
 * first use, and the session a hand-made slot belongs to. Callers bring the transaction.
 */
@ApplicationScoped
public class BookCatalogue {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final String DEFAULT_SITE = "Main surgery";

  @PersistenceContext EntityManager em;

  public Clinician clinician(Long org, String name) {
    String displayName = name(name, "clinician", 120);
    return em.createQuery(
            "select c from SbxEmisClinician c where c.organisationId = :org"
                + " and c.displayName = :name",
            Clinician.class)
        .setParameter("org", org)
        .setParameter("name", displayName)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Clinician c = new Clinician(org, displayName);
              em.persist(c);
              return c;
            });
  }

  public SlotType slotType(Long org, String name) {
    String slotTypeName = name(name, "slotType", 80);
    return em.createQuery(
            "select t from SbxEmisSlotType t where t.organisationId = :org and t.name = :name",
            SlotType.class)
        .setParameter("org", org)
        .setParameter("name", slotTypeName)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              SlotType t = new SlotType(org, slotTypeName);
              em.persist(t);
              return t;
            });
  }

  /** The clinician's session that covers [start, end), or a new session of exactly that span. */
  public AppointmentSession sessionFor(Long org, Clinician clinician, Instant start, Instant end) {
    return em.createQuery(
            "select se from SbxEmisSession se where se.organisationId = :org and se.clinician ="
                + " :clinician and se.start <= :start and se.end >= :end order by se.start",
            AppointmentSession.class)
        .setParameter("org", org)
        .setParameter("clinician", clinician)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              AppointmentSession se =
                  new AppointmentSession(
                      org,
                      clinician,
                      start.atZone(UK).toLocalDate(),
                      start,
                      end,
                      DEFAULT_SITE,
                      (int) Duration.between(start, end).toMinutes());
              em.persist(se);
              return se;
            });
  }

  /** A free slot added by hand, in the clinician's session that covers it (or a new one). */
  @Transactional
  public Slot addSlot(
      Long org, Instant start, int durationMinutes, String slotTypeName, String clinicianName) {
    if (durationMinutes < 1 || durationMinutes > 600) {
      throw SandboxFailure.badRequest("durationMinutes must be between 1 and 600");
    }
    Clinician clinician = clinician(org, clinicianName);
    SlotType type = slotType(org, slotTypeName);
    Instant end = start.plus(Duration.ofMinutes(durationMinutes));
    Slot slot =
        new Slot(
            sessionFor(org, clinician, start, end), type, start, durationMinutes, SlotStatus.FREE);
    em.persist(slot);
    em.flush();
    return slot;
  }

  private static String name(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw SandboxFailure.badRequest(field + " is missing");
    }
    if (value.strip().length() > max) {
      throw SandboxFailure.badRequest(field + " must be at most " + max + " characters");
    }
    return value.strip();
  }
}
