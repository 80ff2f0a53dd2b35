/**
 * Text messages to patients through GOV.UK Notify, exactly once: an outbox table written in the
 * business transaction, a sender that claims rows with leases, reconciliation by Notify reference
 * after a crash, and delivery status read back. Serves reminders and booking, knows neither.
 */
@MayCall({"platform", "patient", "practice"})
package uk.practiceconnect.sms;

import uk.practiceconnect.platform.MayCall;
