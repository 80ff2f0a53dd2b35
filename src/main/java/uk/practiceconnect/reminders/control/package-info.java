/**
 * Planning (pure rules plus the run that feeds them from EMIS), dispatch to the SMS outbox, the
 * reminder settings, patient links (cancel, opt-out) and the log queries.
 */
package uk.practiceconnect.reminders.control;
