package uk.practiceconnect.reminders.entity;

import java.time.Instant;
import java.util.List;

/**
 * A practice's reminder settings as shown: the rule, the slot types, who changed them, last run.
 */
public record ReminderSettingsView(
    ReminderRule rule,
    List<SlotTypeSwitch> slotTypes,
    long version,
    Instant updatedAt,
    String updatedBy,
    Instant lastPlannedAt,
    String lastPlanResult) {}
