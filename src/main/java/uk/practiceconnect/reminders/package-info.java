/**
 * Appointment reminders by text: the practice's rules, planning from the EMIS appointment book,
 * handing due reminders to the SMS outbox, the cancel and opt-out links patients use, and the log.
 * Reads EMIS only through {@code emis.control.PartnerApi}.
 */
@MayCall({"platform", "patient", "practice", "emis", "sms", "webhooks"})
package uk.practiceconnect.reminders;

import uk.practiceconnect.platform.MayCall;
