/**
 * Reminder rules as value objects (offsets, sending window, template, cut-off, slot types), the
 * planned reminders with the reason when one is not sent, patient links and opt-outs.
 */
package uk.practiceconnect.reminders.entity;
