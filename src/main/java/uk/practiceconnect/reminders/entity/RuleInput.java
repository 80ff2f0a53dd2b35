package uk.practiceconnect.reminders.entity;

import java.util.List;

/**
 * Reminder settings as typed on the page or sent to the REST API, not yet checked: offsets as
 * ISO-8601 durations ("P1D"), window times as "08:00", the cut-off as a duration ("PT1H"). A null
 * {@code slotTypes} leaves the switches as they are.
 */
public record RuleInput(
    Boolean enabled,
    List<String> offsets,
    String windowStart,
    String windowEnd,
    String template,
    String cancellationCutoff,
    List<SlotTypeSwitch> slotTypes) {}
