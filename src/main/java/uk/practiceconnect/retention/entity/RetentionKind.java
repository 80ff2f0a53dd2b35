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
  IDENTITY_CHECKS(
      "retention.identity-checks-days",
      1,
      "Failed identity checks of the first booking release (hashed NHS number or address)",
      "deleted",
      "the attempt",
      "delete from booking_identity_failure where id in (select id from"
          + " booking_identity_failure where failed_at < ? fetch first ? rows only)"),
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
      "Safety incident reports",
      "deleted",
      "the report",
      "delete from safety_incident where id in (select id from safety_incident"
          + " where reported_at < ? fetch first ? rows only)");

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
