/**
 * Planning (pure rules plus the run that feeds them from EMIS), the hand-over to the SMS outbox (a
 * fresh plan first, one reminder at a time) and withdrawal of texts no longer wanted, the reminder
 * settings, patient links (cancel, opt-out) and the log queries.
 */
package uk.practiceconnect.reminders.control;
