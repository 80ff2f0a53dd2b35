package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkToken;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderLink;
import uk.practiceconnect.reminders.entity.ReminderOffset;

/**
 * Finding a link by its token (plain or under a row lock), the appointment it is about as it is
 * now, and what a closed link shows.
 */
@ApplicationScoped
public class Links {

  /** The appointment a cancel link is about, as planning last saw it in EMIS. */
  public record Appointment(
      Long practiceId, String appointmentId, Instant start, String clinician) {}

  @PersistenceContext EntityManager em;
  @Inject ReminderSettingsService settings;

  Optional<LinkView> closedState(ReminderLink link, Instant now) {
    if (link.isUsed()) {
      return Optional.of(LinkView.of(State.USED, practiceName(link)));
    }
    if (link.isLocked()) {
      return Optional.of(LinkView.of(State.LOCKED, practiceName(link)));
    }
    // a cancel link works until the appointment starts: if it moved, its new start
    boolean expired =
        link.purpose() == LinkPurpose.CANCEL
            ? !now.isBefore(appointment(link).start())
            : link.isExpired(now);
    if (expired) {
      return Optional.of(LinkView.of(State.EXPIRED, practiceName(link)));
    }
    return Optional.empty();
  }

  /**
   * The link's appointment as it is now: its reminder's text gave the time it had then; when it
   * moved since, planning refreshed or added other reminders of it (see {@link LatestFacts}).
   */
  Appointment appointment(ReminderLink link) {
    Reminder own = em.find(Reminder.class, link.reminderId());
    List<LatestFacts.Row> rows =
        em
            .createQuery(
                "select r.id, r.offsetMinutes, r.revision, r.appointmentStart, r.clinician,"
                    + " r.updatedAt from Reminder r"
                    + " where r.practiceId = :p and r.appointmentId = :a",
                Object[].class)
            .setParameter("p", own.practiceId())
            .setParameter("a", own.appointmentId())
            .getResultList()
            .stream()
            .map(
                r ->
                    new LatestFacts.Row(
                        (Long) r[0],
                        (Integer) r[1],
                        (Integer) r[2],
                        (Instant) r[3],
                        (String) r[4],
                        (Instant) r[5]))
            .toList();
    Set<Integer> offsets = new HashSet<>();
    settings.rule(own.practiceId()).offsets().stream()
        .map(ReminderOffset::minutes)
        .forEach(offsets::add);
    LatestFacts.Row ownRow =
        new LatestFacts.Row(
            own.id(),
            own.offsetMinutes(),
            own.revision(),
            own.appointmentStart(),
            own.clinician(),
            own.updatedAt());
    LatestFacts.Row now = LatestFacts.pick(rows, offsets, ownRow);
    return new Appointment(
        own.practiceId(), own.appointmentId(), now.appointmentStart(), now.clinician());
  }

  Optional<ReminderLink> find(String rawToken, LinkPurpose purpose) {
    return LinkToken.parse(rawToken)
        .flatMap(
            t ->
                em.createNamedQuery(ReminderLink.BY_HASH, ReminderLink.class)
                    .setParameter("hash", t.hash())
                    .getResultStream()
                    .findFirst())
        .filter(l -> l.purpose() == purpose);
  }

  /** Reads the link under a row lock, fresh from the database (not a copy read earlier). */
  Optional<ReminderLink> lockedLink(String rawToken, LinkPurpose purpose) {
    return LinkToken.parse(rawToken)
        .flatMap(
            t ->
                em.createQuery(
                        "select l.id from ReminderLink l where l.tokenHash = :hash"
                            + " and l.purpose = :purpose",
                        Long.class)
                    .setParameter("hash", t.hash())
                    .setParameter("purpose", purpose)
                    .getResultStream()
                    .findFirst())
        .map(this::lockedLink);
  }

  ReminderLink lockedLink(long id) {
    return em.find(ReminderLink.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  Practice practice(ReminderLink link) {
    return em.find(Practice.class, link.practiceId());
  }

  String practiceName(ReminderLink link) {
    return practice(link).name().value();
  }

  static Caller patient(ReminderLink link) {
    return new Caller("patient (reminder link)", Caller.Kind.PATIENT, link.practiceId(), false);
  }
}
