package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkToken;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.ReminderLink;

/** Finding a link by its token (plain or under a row lock), and what a closed link shows. */
@ApplicationScoped
public class Links {

  @PersistenceContext EntityManager em;

  Optional<LinkView> closedState(ReminderLink link, Instant now) {
    if (link.isUsed()) {
      return Optional.of(LinkView.of(State.USED, practiceName(link)));
    }
    if (link.isLocked()) {
      return Optional.of(LinkView.of(State.LOCKED, practiceName(link)));
    }
    if (link.isExpired(now)) {
      return Optional.of(LinkView.of(State.EXPIRED, practiceName(link)));
    }
    return Optional.empty();
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
        .map(id -> em.find(ReminderLink.class, id, LockModeType.PESSIMISTIC_WRITE));
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
