package uk.practiceconnect.retention.entity;

/**
 * Each kind of personal data with a retention period: what happens to a row past it, and the one
 * SQL statement that does so for at most {@code ?2} rows older than {@code ?1} (a batch). Every
 * statement is plain SQL that H2 and PostgreSQL both run. Periods count from the moment named in
 * {@link #from}.
 */
public enum RetentionKind {
  SMS_PHONE_NUMBERS(
      "retention.sms-phone-numbers-days",
      30,
      "Mobile numbers of texts the sender is done with",
      "anonymised",
      "sending",
      "update sms_message set phone_number = '' where id in (select id from sms_message"
          + " where created_at < ? and phone_number <> ''"
          + " and state in ('SENT', 'FAILED', 'EXPIRED', 'WITHDRAWN') fetch first ? rows only)"),
  REMINDER_PATIENT_DETAILS(
      "retention.reminder-patient-details-days",
      90,
      "Patient details in the reminder log (mobile, EMIS patient id, NHS number)",
      "anonymised",
      "the appointment",
      "update reminder set mobile = null, patient_ref = null, nhs_masked = null,"
          + " nhs_hash = null, date_of_birth = null where id in (select id from reminder"
          + " where appointment_start < ? and (mobile is not null or patient_ref is not null"
          + " or nhs_masked is not null or nhs_hash is not null or date_of_birth is not null)"
          + " fetch first ? rows only)"),
  REMINDER_LINKS(
      "retention.reminder-links-days",
      30,
      "Cancel and opt-out links (token and date-of-birth hashes)",
      "deleted",
      "the link's expiry",
      "delete from reminder_link where id in (select id from reminder_link"
          + " where expires_at < ? fetch first ? rows only)"),
  TEXT_REPLIES(
      "retention.text-replies-days",
      30,
      "Records of texts patients sent back (no number, no words)",
      "deleted",
      "receipt",
      "delete from sms_reply where notify_id in (select notify_id from sms_reply"
          + " where received_at < ? fetch first ? rows only)"),
  BOOKINGS(
      "retention.bookings-days",
      730,
      "Online bookings (NHS number, slot, reason)",
      "deleted",
      "the appointment",
      "delete from booking where id in (select id from booking where slot_end < ?"
          + " and status <> 'PENDING' fetch first ? rows only)"),
  BOOKING_INVITATIONS(
      "retention.booking-invitations-days",
      30,
      "Invitations to book (the patient's NHS number and mobile)",
      "anonymised",
      "their use or expiry",
      // when it stopped being usable: its use, or its expiry if it was never used (or used late)
      "update booking_invitation set nhs_number = null, mobile = null where id in (select id"
          + " from booking_invitation where least(coalesce(used_at, expires_at), expires_at) < ?"
          + " and (nhs_number is not null or mobile is not null) fetch first ? rows only)"),
  // after BOOKINGS, so a patient whose last booking went tonight loses the lock row tonight too
  BOOKING_PATIENT_LOCKS(
      "retention.booking-patient-locks-days",
      1,
      "Booking lock rows of patients with no bookings left (NHS number)",
      "deleted",
      "they were made, once no booking of the patient is left",
      "delete from booking_patient_lock where (practice_id, nhs_number) in (select l.practice_id,"
          + " l.nhs_number from booking_patient_lock l where l.created_at < ? and not exists"
          + " (select 1 from booking b where b.practice_id = l.practice_id"
          + " and b.nhs_number = l.nhs_number) fetch first ? rows only)"),
  IDENTITY_CHECKS(
      "retention.identity-checks-days",
      1,
      "Failed identity checks of the first booking release (hashed NHS number or address)",
      "deleted",
      "the attempt",
      "delete from booking_identity_failure where id in (select id from"
          + " booking_identity_failure where failed_at < ? fetch first ? rows only)"),
  // the finished deliveries of an event first (nothing on its way is touched: the state is checked
  // again on the row deleted), then, in the next kind, the event once no delivery of it is left.
  // The sender's order per endpoint looks only at deliveries on their way, so it is unchanged.
  WEBHOOK_DELIVERIES(
      "retention.webhook-events-days",
      30,
      "Webhook deliveries of events that are all finished (delivered or given up)",
      "deleted",
      "the event, once every delivery of it is finished",
      "delete from webhook_delivery where state in ('DELIVERED', 'FAILED') and id in (select d.id"
          + " from webhook_delivery d join webhook_event e on e.id = d.event_id"
          + " where e.occurred_at < ? and not exists (select 1 from webhook_delivery p"
          + " where p.event_id = d.event_id and p.state not in ('DELIVERED', 'FAILED'))"
          + " fetch first ? rows only)"),
  WEBHOOK_EVENTS(
      "retention.webhook-events-days",
      30,
      "Webhook events (what changed, for other systems)",
      "deleted",
      "the event, once every delivery of it is finished",
      "delete from webhook_event where id in (select e.id from webhook_event e"
          + " where e.occurred_at < ? and not exists (select 1 from webhook_delivery d"
          + " where d.event_id = e.id) fetch first ? rows only)"),
  INBOX_NOTICES(
      "retention.inbox-notices-days",
      730,
      "Inbox notices to practices (and who read them)",
      "deleted",
      "the notice",
      "delete from inbox_message where id in (select id from inbox_message where created_at < ?"
          + " fetch first ? rows only)"),
  CONNECTION_TESTS(
      "retention.connection-tests-days",
      365,
      "EMIS connection tests (who ran them, EMIS's answers)",
      "deleted",
      "the test",
      // a practice's latest test stays while its integration status points at it
      "delete from emis_connection_test where id in (select t.id from emis_connection_test t"
          + " where t.checked_at < ? and not exists (select 1 from emis_integration_status s"
          + " where s.last_test_id = t.id) fetch first ? rows only)"),
  // after REMINDER_PATIENT_DETAILS and REMINDER_LINKS: only rows already anonymised, with no link
  REMINDER_ROWS(
      "retention.reminder-rows-days",
      730,
      "Anonymised reminders (appointment time, clinician, what happened)",
      "deleted",
      "the appointment",
      "delete from reminder where id in (select r.id from reminder r where r.appointment_start < ?"
          + " and r.mobile is null and r.nhs_hash is null and r.patient_ref is null"
          + " and not exists (select 1 from reminder_link l where l.reminder_id = r.id)"
          + " fetch first ? rows only)"),
  // after REMINDER_ROWS: a text a reminder still points at stays
  TEXT_ROWS(
      "retention.text-rows-days",
      730,
      "Texts the sender is done with (no number, no words left)",
      "deleted",
      "sending",
      "delete from sms_message where id in (select m.id from sms_message m where m.created_at < ?"
          + " and m.phone_number = '' and m.state in ('SENT', 'FAILED', 'EXPIRED', 'WITHDRAWN')"
          + " and not exists (select 1 from reminder r where r.sms_message_id = m.id)"
          + " fetch first ? rows only)"),
  AUDIT_TRAIL(
      "retention.audit-trail-days",
      2190,
      "Audit trail entries",
      "deleted",
      "the change",
      "delete from audit_entry where id in (select id from audit_entry where occurred_at < ?"
          + " fetch first ? rows only)"),
  SAFETY_INCIDENTS(
      "retention.safety-incidents-days",
      3650,
      "Safety incident reports not marked serious",
      "deleted",
      "the report",
      "delete from safety_incident where id in (select id from safety_incident"
          + " where reported_at < ? and serious = false fetch first ? rows only)"),
  SERIOUS_SAFETY_INCIDENTS(
      "retention.serious-safety-incidents-days",
      7300,
      "Serious safety incident reports",
      "deleted",
      "the report",
      "delete from safety_incident where id in (select id from safety_incident"
          + " where reported_at < ? and serious = true fetch first ? rows only)");

  private final String configKey;
  private final int defaultDays;
  private final String label;
  private final String action;
  private final String from;
  private final String batchSql;

  RetentionKind(
      String configKey,
      int defaultDays,
      String label,
      String action,
      String from,
      String batchSql) {
    this.configKey = configKey;
    this.defaultDays = defaultDays;
    this.label = label;
    this.action = action;
    this.from = from;
    this.batchSql = batchSql;
  }

  /** The MicroProfile Config key of its period in days. */
  public String configKey() {
    return configKey;
  }

  public int defaultDays() {
    return defaultDays;
  }

  public String label() {
    return label;
  }

  /** "deleted" or "anonymised". */
  public String action() {
    return action;
  }

  /** What the period counts from: "the appointment", "sending". */
  public String from() {
    return from;
  }

  /** Parameters: 1 the cut-off instant (as a timestamp), 2 the batch size. */
  public String batchSql() {
    return batchSql;
  }
}
