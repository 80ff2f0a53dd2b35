package uk.practiceconnect.reminders.entity;

import java.time.Instant;

/** What the planner decided for one reminder: planned for {@code sendAt}, or not and why. */
public record PlanDecision(ReminderStatus status, ReminderReason reason, Instant sendAt) {

  public static PlanDecision planned(Instant sendAt) {
    return new PlanDecision(ReminderStatus.PLANNED, null, sendAt);
  }

  public static PlanDecision notPlanned(ReminderReason reason) {
    return new PlanDecision(ReminderStatus.NOT_PLANNED, reason, null);
  }

  public boolean isPlanned() {
    return status == ReminderStatus.PLANNED;
  }
}
