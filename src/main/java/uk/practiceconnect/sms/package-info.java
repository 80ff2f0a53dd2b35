/**
 * Text messages to patients through GOV.UK Notify, exactly once: an outbox table written in the
 * business transaction, a sender that claims rows with leases, reconciliation by Notify reference
 * after a crash, and delivery status read back. Used by reminders and booking; may call platform
 * and patient.
 */
package uk.practiceconnect.sms;
