package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.reminders.entity.DayFigures;
import uk.practiceconnect.sms.entity.SmsPurpose;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * The reminder chart's figures per UK day: reminder texts sent, how many of those were delivered or
 * not, and appointments patients cancelled from a reminder. Counted in Java from small projections
 * (a day's boundaries are UK time, which SQL would need a time-zone function for).
 */
@ApplicationScoped
public class ReminderFigures {

  private static final List<String> DELIVERED = List.of("delivered", "sent");
  private static final List<String> FAILURES =
      List.of("permanent-failure", "temporary-failure", "technical-failure");

  @PersistenceContext EntityManager em;

  /** Per UK day in [from, to): texts sent, delivered and failed of those, patients cancelling. */
  public List<DayFigures> perDay(Long practiceId, Instant from, Instant to) {
    Map<LocalDate, int[]> days = new TreeMap<>();
    for (LocalDate d = day(from);
        d.isBefore(day(to)) || d.equals(day(to.minusNanos(1)));
        d = d.plusDays(1)) {
      days.put(d, new int[5]);
    }
    em.createQuery(
            "select m.sentAt, m.state, m.deliveryStatus, m.completedAt from SmsMessage m"
                + " where m.practiceId = :p and m.purpose = :reminder"
                + " and ((m.sentAt >= :from and m.sentAt < :to)"
                + " or (m.sentAt is null and m.completedAt >= :from and m.completedAt < :to))",
            Object[].class)
        .setParameter("p", practiceId)
        .setParameter("reminder", SmsPurpose.REMINDER)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(
            row -> {
              Instant sentAt = (Instant) row[0];
              SmsState state = (SmsState) row[1];
              String delivery = (String) row[2];
              int[] c = days.get(day(sentAt != null ? sentAt : (Instant) row[3]));
              if (c == null) {
                return;
              }
              count(c, sentAt, state, delivery);
            });
    Set<String> counted = new HashSet<>();
    em.createQuery(
            "select r.appointmentId, r.patientCancelledAt from Reminder r where r.practiceId = :p"
                + " and r.patientCancelledAt >= :from and r.patientCancelledAt < :to",
            Object[].class)
        .setParameter("p", practiceId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(
            row -> {
              int[] c = days.get(day((Instant) row[1]));
              if (c != null && counted.add((String) row[0])) {
                c[3]++;
              }
            });
    List<DayFigures> out = new ArrayList<>();
    days.forEach((d, c) -> out.add(new DayFigures(d, c[0], c[1], c[2], c[4], c[3])));
    return out;
  }

  /** Adds one text to a day's counts: sent, delivered, failed, (patients), awaiting receipt. */
  static void count(int[] c, Instant sentAt, SmsState state, String delivery) {
    if (sentAt != null) {
      c[0]++;
    }
    // List.of(...).contains(null) throws: texts without a delivery status have none yet
    if (delivery != null && DELIVERED.contains(delivery)) {
      c[1]++;
    } else if (state == SmsState.FAILED || (delivery != null && FAILURES.contains(delivery))) {
      c[2]++; // a FAILED text never went (no sentAt): not a part of "sent"
    } else if (sentAt != null) {
      c[4]++;
    }
  }

  private static LocalDate day(Instant i) {
    return i.atZone(UkTime.ZONE).toLocalDate();
  }
}
