package uk.practiceconnect.reminders.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.reminders.entity.AppointmentFacts;
import uk.practiceconnect.reminders.entity.PatientKey;
import uk.practiceconnect.reminders.entity.PlanDecision;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;

/**
 * The planning rules, as one pure function: given the practice's rules, the booked appointments
 * EMIS returned for [from, to) and the reminders already stored for them, what must change. One
 * reminder per (appointment, reminder time); a cancelled appointment cancels its planned reminders
 * and withdraws a text still waiting in the outbox; a moved one re-times them, or, if its reminder
 * was handed over, gets a new one for the new time (and the old text is withdrawn if it has not
 * gone).
 */
public final class ReminderPlanner {

  /** A reminder that could only go now is not sent when the appointment is this close. */
  static final Duration MIN_NOTICE = Duration.ofHours(1);

  private ReminderPlanner() {}

  /** A stored reminder as planning sees it (the latest revision per appointment and time). */
  public record Existing(
      long id,
      String appointmentId,
      int offsetMinutes,
      int revision,
      Instant appointmentStart,
      ReminderStatus status,
      ReminderReason reason,
      Instant sendAt,
      String mobile,
      String clinician,
      boolean handedOver,
      boolean textWaiting) {

    /**
     * {@code handedOver}: it has (or had: withdrawn since) a text in the outbox. {@code
     * textWaiting}: that text is still in the outbox, not sent and not withdrawn, so it can still
     * be taken back.
     */
    public Existing(
        long id,
        String appointmentId,
        int offsetMinutes,
        int revision,
        Instant appointmentStart,
        ReminderStatus status,
        ReminderReason reason,
        Instant sendAt,
        String mobile,
        String clinician) {
      this(
          id,
          appointmentId,
          offsetMinutes,
          revision,
          appointmentStart,
          status,
          reason,
          sendAt,
          mobile,
          clinician,
          status == ReminderStatus.QUEUED,
          false);
    }
  }

  public record Input(
      ReminderRule rule,
      Set<SlotType> slotTypesOff,
      Set<PatientKey> optedOut,
      Instant from,
      Instant to,
      Instant now,
      List<AppointmentFacts> appointments,
      List<Existing> existing) {}

  public sealed interface Change {}

  public record Insert(
      AppointmentFacts facts, ReminderOffset offset, int revision, PlanDecision decision)
      implements Change {}

  public record Refresh(long id, AppointmentFacts facts, PlanDecision decision) implements Change {}

  public record Stop(long id, ReminderStatus status, ReminderReason reason) implements Change {}

  /** Take a handed-over reminder's text back from the outbox, if it has not gone. */
  public record Withdraw(long id, ReminderReason reason) implements Change {}

  public static List<Change> plan(Input in) {
    Map<String, Map<Integer, Existing>> current = latestRevisions(in.existing());
    Set<Long> handled = new HashSet<>();
    List<Change> changes = new ArrayList<>();
    for (AppointmentFacts a : in.appointments()) {
      if (!a.start().isAfter(in.now())) {
        continue; // started: nothing to remind of, and nothing to cancel
      }
      Map<ReminderOffset, PlanDecision> fresh = decide(a, in);
      Map<Integer, Existing> mine = current.getOrDefault(a.appointmentId(), Map.of());
      for (var entry : fresh.entrySet()) {
        Existing e = mine.get(entry.getKey().minutes());
        if (e != null) {
          handled.add(e.id());
          if (e.status() == ReminderStatus.QUEUED
              && e.textWaiting()
              && !e.appointmentStart().equals(a.start())) {
            // its text still says the old time: take it back; the new revision says the new one
            changes.add(new Withdraw(e.id(), ReminderReason.APPOINTMENT_MOVED));
          }
        }
        reconcile(a, entry.getKey(), entry.getValue(), e, in).ifPresent(changes::add);
      }
    }
    Set<String> seen = new HashSet<>();
    in.appointments().forEach(a -> seen.add(a.appointmentId()));
    for (Map<Integer, Existing> byOffset : current.values()) {
      for (Existing e : byOffset.values()) {
        boolean waiting = e.status() == ReminderStatus.QUEUED && e.textWaiting();
        if (handled.contains(e.id()) || !(isOpen(e) || waiting)) {
          continue;
        }
        if (seen.contains(e.appointmentId())) {
          if (!waiting) { // a text on its way for a time since removed still goes
            changes.add(new Stop(e.id(), ReminderStatus.CANCELLED, ReminderReason.TIME_REMOVED));
          }
        } else if (!e.appointmentStart().isBefore(in.from())
            && e.appointmentStart().isBefore(in.to())
            && e.appointmentStart().isAfter(in.now())) {
          // booked appointments in the range EMIS listed, but not this one: cancelled (or moved
          // beyond the range, in which case a later run finds it and plans it again)
          changes.add(
              waiting
                  ? new Withdraw(e.id(), ReminderReason.APPOINTMENT_CANCELLED)
                  : new Stop(
                      e.id(), ReminderStatus.CANCELLED, ReminderReason.APPOINTMENT_CANCELLED));
        }
      }
    }
    return changes;
  }

  private static Optional<Change> reconcile(
      AppointmentFacts a, ReminderOffset offset, PlanDecision fresh, Existing e, Input in) {
    if (e == null) {
      return Optional.of(new Insert(a, offset, 1, fresh));
    }
    if (e.handedOver()
        && e.status() != ReminderStatus.QUEUED
        && e.reason() != ReminderReason.CANCELLED_BY_PATIENT) {
      // its text was withdrawn (the appointment went, then came back): one due again needs a text
      // of its own, so a new revision (the outbox sends one text per reminder, never two)
      return fresh.isPlanned()
          ? Optional.of(new Insert(a, offset, e.revision() + 1, fresh))
          : Optional.empty();
    }
    boolean sameTime = e.appointmentStart().equals(a.start());
    boolean detailsChanged =
        !Objects.equals(e.mobile(), a.mobile() == null ? null : a.mobile().value())
            || !Objects.equals(e.clinician(), a.clinician());
    return switch (e.status()) {
      // it went (or is going) with this time; a moved appointment gets a new one for its new time
      case QUEUED ->
          sameTime ? Optional.empty() : Optional.of(new Insert(a, offset, e.revision() + 1, fresh));
      case PLANNED -> {
        if (sameTime && whyNot(a, in).isEmpty() && e.sendAt().isBefore(in.now())) {
          // due and waiting for dispatch: keep its time, refresh only what sending uses
          yield detailsChanged
              ? Optional.of(new Refresh(e.id(), a, PlanDecision.planned(e.sendAt())))
              : Optional.empty();
        }
        boolean same = sameTime && fresh.isPlanned() && fresh.sendAt().equals(e.sendAt());
        yield same && !detailsChanged
            ? Optional.empty()
            : Optional.of(new Refresh(e.id(), a, fresh));
      }
      case NOT_PLANNED ->
          sameTime && !fresh.isPlanned() && fresh.reason() == e.reason() && !detailsChanged
              ? Optional.empty()
              : Optional.of(new Refresh(e.id(), a, fresh));
      case CANCELLED ->
          e.reason() == ReminderReason.CANCELLED_BY_PATIENT
              ? Optional.empty()
              : Optional.of(
                  new Refresh(e.id(), a, fresh)); // back in the book, or switched on again
    };
  }

  /** What each reminder time of a (new or changed) appointment should be. */
  static Map<ReminderOffset, PlanDecision> decide(AppointmentFacts a, Input in) {
    Map<ReminderOffset, PlanDecision> out = new LinkedHashMap<>();
    List<ReminderOffset> offsets = in.rule().offsets(); // longest first
    Optional<ReminderReason> ineligible = whyNot(a, in);
    if (ineligible.isPresent()) {
      offsets.forEach(o -> out.put(o, PlanDecision.notPlanned(ineligible.get())));
      return out;
    }
    Map<ReminderOffset, Instant> times = new HashMap<>();
    boolean anyInFuture = false;
    for (ReminderOffset o : offsets) {
      Optional<Instant> t = in.rule().window().sendTime(o.dueFor(a.start()), a.start());
      if (t.isEmpty()) {
        out.put(o, PlanDecision.notPlanned(ReminderReason.AFTER_APPOINTMENT));
      } else {
        times.put(o, t.get());
        anyInFuture |= !t.get().isBefore(in.now());
      }
    }
    ReminderOffset catchUp = null;
    if (!anyInFuture) {
      // every time has passed (booked late): only the last of them goes, now
      catchUp = offsets.stream().filter(times::containsKey).reduce((x, y) -> y).orElse(null);
    }
    Set<Instant> taken = new HashSet<>();
    for (ReminderOffset o : offsets) {
      Instant t = times.get(o);
      if (t == null) {
        continue;
      }
      PlanDecision d;
      if (!t.isBefore(in.now())) {
        d = PlanDecision.planned(t);
      } else if (o.equals(catchUp)) {
        d = catchUpNow(a, in);
      } else {
        d = PlanDecision.notPlanned(ReminderReason.BOOKED_LATE);
      }
      if (d.isPlanned() && !taken.add(d.sendAt())) {
        d = PlanDecision.notPlanned(ReminderReason.SAME_TIME);
      }
      out.put(o, d);
    }
    Map<ReminderOffset, PlanDecision> ordered = new LinkedHashMap<>();
    offsets.forEach(o -> ordered.put(o, out.get(o)));
    return ordered;
  }

  private static PlanDecision catchUpNow(AppointmentFacts a, Input in) {
    if (Duration.between(in.now(), a.start()).compareTo(MIN_NOTICE) < 0) {
      return PlanDecision.notPlanned(ReminderReason.TOO_CLOSE);
    }
    return in.rule()
        .window()
        .sendTime(in.now(), a.start())
        .map(PlanDecision::planned)
        .orElse(PlanDecision.notPlanned(ReminderReason.AFTER_APPOINTMENT));
  }

  /** The first reason this patient gets no reminder for this appointment, if any. */
  static Optional<ReminderReason> whyNot(AppointmentFacts a, Input in) {
    if (in.slotTypesOff().contains(SlotType.fromEmis(a.slotType()))) {
      return Optional.of(ReminderReason.SLOT_TYPE_OFF);
    }
    if ((a.patient() != null && in.optedOut().contains(a.patient()))
        || (a.phone() != null && in.optedOut().contains(a.phone()))) {
      return Optional.of(ReminderReason.OPTED_OUT);
    }
    if (!a.smsConsent()) {
      return Optional.of(ReminderReason.NO_SMS_CONSENT);
    }
    if (a.mobile() == null) {
      return Optional.of(ReminderReason.NO_MOBILE);
    }
    return Optional.empty();
  }

  private static boolean isOpen(Existing e) {
    return e.status() == ReminderStatus.PLANNED || e.status() == ReminderStatus.NOT_PLANNED;
  }

  private static Map<String, Map<Integer, Existing>> latestRevisions(List<Existing> existing) {
    Map<String, Map<Integer, Existing>> latest = new HashMap<>();
    for (Existing e : existing) {
      latest
          .computeIfAbsent(e.appointmentId(), k -> new HashMap<>())
          .merge(e.offsetMinutes(), e, (x, y) -> x.revision() >= y.revision() ? x : y);
    }
    return latest;
  }
}
