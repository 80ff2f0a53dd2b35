package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.control.ReminderPlanner.Change;
import uk.practiceconnect.reminders.control.ReminderPlanner.Existing;
import uk.practiceconnect.reminders.control.ReminderPlanner.Insert;
import uk.practiceconnect.reminders.control.ReminderPlanner.Refresh;
import uk.practiceconnect.reminders.control.ReminderPlanner.Stop;
import uk.practiceconnect.reminders.control.ReminderPlanner.Withdraw;
import uk.practiceconnect.reminders.entity.AppointmentFacts;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.entity.SmsState;

/** Reads what planning needs from the database and writes what it decided, in one transaction. */
@ApplicationScoped
public class PlanStore {

  /** What one practice's planning changed. */
  public record Tally(int planned, int notPlanned, int retimed, int cancelled) {

    /**
     * What a run did, in words a practice manager reads on the Reminders page, for example "96
     * appointments read from EMIS: 3 new reminders planned, 1 reminder moved to a new time; 12 get
     * no reminder (the reminder log says why)".
     */
    public String inWords(int appointments) {
      List<String> changes = new ArrayList<>();
      if (planned > 0) {
        changes.add(count(planned, "new reminder") + " planned");
      }
      if (retimed > 0) {
        changes.add(count(retimed, "reminder") + " moved to a new time");
      }
      if (cancelled > 0) {
        changes.add(count(cancelled, "reminder") + " cancelled");
      }
      return count(appointments, "appointment")
          + " read from EMIS: "
          + (changes.isEmpty() ? "no reminder needed changing" : String.join(", ", changes))
          + (notPlanned > 0
              ? "; " + notPlanned + " get no reminder (the reminder log says why)"
              : "");
    }

    private static String count(int n, String thing) {
      return n + " " + thing + (n == 1 ? "" : "s");
    }
  }

  static final int IN_CHUNK = 500;

  /** A reminder as planning sees it, with whether its text can still be taken back. */
  static final String EXISTING =
      "select r.id, r.appointmentId, r.offsetMinutes, r.revision, r.appointmentStart, r.status,"
          + " r.reason, r.sendAt, r.mobile, r.clinician, r.smsMessageId, m.state, m.withdrawReason"
          + " from Reminder r left join SmsMessage m on m.id = r.smsMessageId";

  /** A practice to plan, with its rule. */
  public record Prepared(Practice practice, ReminderRule rule) {}

  /** Whether a practice of the run is still leased (being planned) and not yet planned in it. */
  static final String STILL_PLANNING_IN_RUN =
      "select count(*) from reminder_settings where plan_lease_until > :now"
          + " and (last_planned_at is null or last_planned_at < :run)";

  /**
   * Practices with reminders on; of them planned in the run (counts kept), failed in it (no
   * counts); reminders planned or moved; appointments that get none.
   */
  static final String RUN_COUNTS =
      "select count(*),"
          + " count(case when last_planned_at >= :run and last_plan_reminders is not null then 1"
          + " end),"
          + " count(case when last_planned_at >= :run and last_plan_reminders is null then 1 end),"
          + " coalesce(sum(case when last_planned_at >= :run then last_plan_reminders end), 0),"
          + " coalesce(sum(case when last_planned_at >= :run then last_plan_not_planned end), 0),"
          + " max(case when last_planned_at >= :run then last_planned_at end)"
          + " from reminder_settings where enabled = true";

  @PersistenceContext EntityManager em;
  @Inject SlotTypes slotTypes;
  @Inject OptOuts optOuts;
  @Inject ReminderSettingsService settings;
  @Inject TextWithdrawal withdrawal;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public java.util.Optional<Prepared> prepare(Long practiceId) {
    Practice p = em.find(Practice.class, practiceId);
    return p == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Prepared(p, settings.rule(practiceId)));
  }

  /** Everything the planner needs from the database besides the appointments. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ReminderPlanner.Input input(
      Long practiceId,
      ReminderRule rule,
      Instant from,
      Instant to,
      Instant now,
      List<AppointmentFacts> facts) {
    return new ReminderPlanner.Input(
        rule,
        slotTypes.switchedOff(practiceId),
        optOuts.of(practiceId),
        from,
        to,
        now,
        facts,
        existing(
            practiceId, from, to, facts.stream().map(AppointmentFacts::appointmentId).toList()));
  }

  /**
   * Practices with reminders on that have not been planned since the run began at {@code run}, by
   * id after {@code after}: a page of a planning run's walk.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> practicesDueInRun(Long after, Instant run, int max) {
    return em.createQuery(
            "select s.practiceId from ReminderSettings s where s.enabled = true"
                + " and (s.lastPlannedAt is null or s.lastPlannedAt < :run)"
                + " and s.practiceId > :after order by s.practiceId",
            Long.class)
        .setParameter("after", after)
        .setParameter("run", run)
        .setMaxResults(max)
        .getResultList();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return value instanceof Instant i ? i : null;
  }

  /** Whether some instance is still planning a practice for the run that began at {@code run}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean stillPlanningInRun(Instant run, Instant now) {
    Number n =
        (Number)
            em.createNativeQuery(STILL_PLANNING_IN_RUN)
                .setParameter("now", now)
                .setParameter("run", run)
                .getSingleResult();
    return n.longValue() > 0;
  }

  /** A planning run's figures over every instance that took part, from the practices' rows. */
  public record RunCounts(
      long practices,
      long planned,
      long failed,
      long reminders,
      long notPlanned,
      Optional<Instant> lastPlanned) {}

  /** Counts the practices with reminders on and what planning each came to since {@code run}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public RunCounts runCounts(Instant run) {
    Object[] r =
        (Object[]) em.createNativeQuery(RUN_COUNTS).setParameter("run", run).getSingleResult();
    return new RunCounts(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue(),
        ((Number) r[4]).longValue(),
        Optional.ofNullable(instant(r[5])));
  }

  /** The practice's reminders of appointments in [from, to) or with one of these ids. */
  public List<Existing> existing(Long practiceId, Instant from, Instant to, List<String> ids) {
    List<Object[]> rows =
        new ArrayList<>(
            em.createQuery(
                    EXISTING
                        + " where r.practiceId = :p and r.appointmentStart >= :from"
                        + " and r.appointmentStart < :to",
                    Object[].class)
                .setParameter("p", practiceId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    Set<Long> have = new HashSet<>();
    rows.forEach(r -> have.add((Long) r[0]));
    // appointments moved into the range from outside it still have their old rows
    for (int i = 0; i < ids.size(); i += IN_CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
      em
          .createQuery(
              EXISTING
                  + " where r.practiceId = :p and r.appointmentId in :ids"
                  + " and (r.appointmentStart < :from or r.appointmentStart >= :to)",
              Object[].class)
          .setParameter("p", practiceId)
          .setParameter("ids", chunk)
          .setParameter("from", from)
          .setParameter("to", to)
          .getResultList()
          .stream()
          .filter(r -> have.add((Long) r[0]))
          .forEach(rows::add);
    }
    return rows.stream()
        .map(
            r ->
                new Existing(
                    (Long) r[0],
                    (String) r[1],
                    (Integer) r[2],
                    (Integer) r[3],
                    (Instant) r[4],
                    (ReminderStatus) r[5],
                    (ReminderReason) r[6],
                    (Instant) r[7],
                    (String) r[8],
                    (String) r[9],
                    r[10] != null,
                    (r[11] == SmsState.QUEUED || r[11] == SmsState.SENDING) && r[12] == null))
        .toList();
  }

  @Transactional
  public Tally apply(
      Practice practice, List<Change> changes, List<AppointmentFacts> seen, Instant now) {
    Set<String> types = new HashSet<>();
    seen.forEach(a -> types.add(a.slotType()));
    slotTypes.noticeInAppointments(practice, types, now);
    int planned = 0;
    int notPlanned = 0;
    int retimed = 0;
    int cancelled = 0;
    for (Change c : changes) {
      if (c instanceof Insert i) {
        em.persist(
            new Reminder(
                practice.id(),
                i.facts().appointmentId(),
                i.offset(),
                i.revision(),
                i.facts(),
                i.decision(),
                now));
        if (i.decision().isPlanned()) {
          planned++;
        } else {
          notPlanned++;
        }
      } else if (c instanceof Refresh r) {
        Reminder reminder = em.find(Reminder.class, r.id());
        if (reminder.status() == ReminderStatus.QUEUED) {
          continue; // handed over meanwhile (dispatch runs alongside planning): leave it
        }
        reminder.refresh(r.facts(), r.decision(), now);
        if (r.decision().isPlanned()) {
          retimed++;
        } else {
          notPlanned++;
        }
      } else if (c instanceof Stop s) {
        Reminder reminder = em.find(Reminder.class, s.id());
        if (reminder.status() == ReminderStatus.PLANNED
            || reminder.status() == ReminderStatus.NOT_PLANNED) {
          reminder.stop(s.status(), s.reason(), now);
          cancelled++;
        } else if (reminder.status() == ReminderStatus.QUEUED
            && s.reason() == ReminderReason.APPOINTMENT_CANCELLED
            && withdrawal.withdraw(reminder, ReminderStatus.CANCELLED, s.reason(), now)) {
          cancelled++; // handed over meanwhile (dispatch runs alongside planning)
        }
      } else if (c instanceof Withdraw w) {
        Reminder reminder = em.find(Reminder.class, w.id());
        if (withdrawal.withdraw(reminder, ReminderStatus.CANCELLED, w.reason(), now)) {
          cancelled++;
        }
      }
    }
    return new Tally(planned, notPlanned, retimed, cancelled);
  }
}
