/**
 * Appointment reminders by text: the practice's rules, planning from the EMIS appointment book,
 * handing due reminders to the SMS outbox, the cancel and opt-out links patients use, and the log.
 * May call platform, practice, patient, emis (through PartnerApi only) and sms.
 */
package uk.practiceconnect.reminders;
