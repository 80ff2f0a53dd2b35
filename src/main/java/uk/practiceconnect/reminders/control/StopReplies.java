package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.OptOut;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;
import uk.practiceconnect.sms.entity.TextReply;

/**
 * A patient who answers a reminder with STOP (or UNSUBSCRIBE, END, QUIT, OPT OUT) gets no more
 * reminders from the practice that texted them last, the same as following the opt-out link, and a
 * text saying so. Every practice sends from the one Notify number, so the reply belongs to the
 * practice whose reminder reached that phone most recently (within {@link #REPLY_WINDOW}).
 */
@ApplicationScoped
public class StopReplies {

  /** How long after a reminder a STOP reply is still taken as an answer to it. */
  static final Duration REPLY_WINDOW = Duration.ofDays(30);

  private static final Set<String> STOP_WORDS =
      Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "OPTOUT");

  @PersistenceContext EntityManager em;
  @Inject OptOuts optOuts;
  @Inject SmsOutbox outbox;
  @Inject AuditTrail audit;
  @Inject ReminderEvents events;

  /**
   * Whether a reply asks to stop: its first word is a stop word, whatever the case, punctuation or
   * spacing ("Stop.", "stop please", "OPT OUT").
   */
  static boolean asksToStop(String content) {
    String words =
        content == null ? "" : content.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", " ").strip();
    if (words.isEmpty()) {
      return false;
    }
    if (words.replace(" ", "").startsWith("OPTOUT")) {
      return true;
    }
    return STOP_WORDS.contains(words.split(" +")[0]);
  }

  /** Runs inside the transaction that records the reply as read. */
  void on(@Observes TextReply reply) {
    if (reply.from().isEmpty() || !asksToStop(reply.content())) {
      return;
    }
    MobileNumber mobile = reply.from().get();
    Optional<Reminder> last = lastReminderTo(mobile, reply);
    if (last.isEmpty()) {
      reply.handled(TextReply.Outcome.NO_RECENT_TEXT);
      return;
    }
    Reminder r = last.get();
    Practice practice = em.find(Practice.class, r.practiceId());
    boolean added =
        optOuts.add(
            practice.id(),
            r.patient(),
            Optional.of(mobile),
            OptOut.Source.REPLY,
            reply.receivedAt());
    if (!added) {
      reply.handled(TextReply.Outcome.ALREADY_STOPPED);
      return;
    }
    audit.record(
        Caller.patient("patient (text reply)", practice.id()),
        practice.id(),
        practice.odsCode().value(),
        "PATIENT_OPTED_OUT",
        "reminders",
        (r.nhsMasked() == null
                ? "The patient with mobile " + mobile.masked()
                : "Patient " + r.nhsMasked())
            + " stopped reminders (replied to a reminder with a stop word)");
    events.optedOut(r, OptOut.Source.REPLY, reply.receivedAt());
    outbox.enqueue(
        practice.id(),
        mobile,
        practice.name().value()
            + ": you will not get any more appointment reminders by text from us. To have them"
            + " again, contact the practice.",
        SmsPurpose.OPT_OUT_CONFIRMATION,
        "reply-stop:" + reply.notifyId());
    reply.handled(TextReply.Outcome.STOPPED_REMINDERS);
  }

  /** The latest reminder handed over for this phone before the reply came, within the window. */
  private Optional<Reminder> lastReminderTo(MobileNumber mobile, TextReply reply) {
    List<Reminder> found =
        em.createQuery(
                "select r from Reminder r where r.mobile = :m and r.status = :queued"
                    + " and r.sendAt <= :replied and r.sendAt > :since order by r.sendAt desc",
                Reminder.class)
            .setParameter("m", mobile.value())
            .setParameter("queued", ReminderStatus.QUEUED)
            .setParameter("replied", reply.receivedAt())
            .setParameter("since", reply.receivedAt().minus(REPLY_WINDOW))
            .setMaxResults(1)
            .getResultList();
    return found.stream().findFirst();
  }
}
