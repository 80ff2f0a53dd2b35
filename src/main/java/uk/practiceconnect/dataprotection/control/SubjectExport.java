package uk.practiceconnect.dataprotection.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.dataprotection.entity.HeldSection;

/**
 * Reads the rows a {@link SubjectSearch} found, table by table, with every column that holds
 * something about the patient (never a hash, token or key, which say nothing to a person). Values
 * are text: times as UTC instants (ISO 8601), dates as ISO dates.
 */
final class SubjectExport {

  static final String REMINDER =
      "id, appointment_id, appointment_start, clinician, slot_type, patient_ref, nhs_masked,"
          + " mobile, date_of_birth, status, reason, send_at, sms_message_id,"
          + " patient_cancelled_at, created_at, updated_at";
  static final String REMINDER_LINK =
      "id, reminder_id, purpose, expires_at, failed_attempts, locked_at, used_at,"
          + " cancel_requested_at, created_at";
  static final String SMS_MESSAGE =
      "id, purpose, phone_number, body, state, delivery_status, notify_id, created_at, sent_at,"
          + " completed_at";
  static final String BOOKING =
      "id, booking_ref, status, channel, actor, slot_start, slot_end, slot_type, clinician,"
          + " nhs_number, reason, appointment_id, invitation_id, failure, created_at,"
          + " confirmed_at, cancelled_at, cancelled_by, cancel_channel, moved_to";
  static final String INVITATION =
      "id, nhs_number, mobile, slot_type, clinicians, status, created_at, created_by,"
          + " expires_at, used_at";
  static final String INCIDENT =
      "id, reported_at, reported_by, occurred_on, what_happened, patient_reference";
  static final String AUDIT = "id, occurred_at, actor, action, field, detail";

  private final EntityManager em;

  SubjectExport(EntityManager em) {
    this.em = em;
  }

  List<HeldSection> sections(PatientRows rows) {
    List<HeldSection> sections = new ArrayList<>();
    sections.add(byId("booking", "Online bookings", BOOKING, rows.bookings()));
    sections.add(
        byId(
            "booking_invitation",
            "Invitations to book, sent by text",
            INVITATION,
            rows.invitations()));
    sections.add(
        read(
            "booking_patient_lock",
            "The row that keeps two bookings of one patient from passing the limit together",
            "nhs_number",
            "practice_id = :p and nhs_number in (:ids)",
            rows.practiceId(),
            rows.lockedNhsNumbers()));
    sections.add(
        byId("reminder", "Appointment reminders planned or sent", REMINDER, rows.reminders()));
    sections.add(
        read(
            "reminder_link",
            "Cancel and opt-out links in reminder texts (their secrets are kept only as hashes)",
            REMINDER_LINK,
            "practice_id = :p and reminder_id in (:ids)",
            rows.practiceId(),
            rows.reminders()));
    sections.add(
        byId("sms_message", "Texts sent through GOV.UK Notify", SMS_MESSAGE, rows.texts()));
    sections.add(
        read(
            "reminder_opt_out",
            "The patient's request for no more reminders (kept as a hash of the number)",
            "key_kind, opted_out_at, source",
            "practice_id = :p and nhs_hash in (:ids)",
            rows.practiceId(),
            rows.optOutHashes()));
    sections.add(
        byId(
            "safety_incident",
            "Safety concerns the practice reported that name the patient",
            INCIDENT,
            rows.incidents()));
    sections.add(
        byId(
            "audit_entry",
            "Audit trail entries about the patient's bookings and appointments",
            AUDIT,
            rows.auditEntries()));
    return sections;
  }

  private HeldSection byId(String table, String about, String columns, List<Long> ids) {
    return read(table, about, columns, "id in (:ids)", null, ids);
  }

  private HeldSection read(
      String table,
      String about,
      String columns,
      String where,
      Long practiceId,
      Collection<?> ids) {
    List<String> names = List.of(columns.split(",\\s*"));
    List<Map<String, String>> rows = new ArrayList<>();
    if (!ids.isEmpty()) {
      var q =
          em.createNativeQuery(
                  "select "
                      + columns
                      + " from "
                      + table
                      + " where "
                      + where
                      + " order by "
                      + names.get(0))
              .setParameter("ids", ids);
      if (practiceId != null) {
        q.setParameter("p", practiceId);
      }
      for (Object result : q.getResultList()) {
        Object[] cells = names.size() == 1 ? new Object[] {result} : (Object[]) result;
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          row.put(names.get(i), text(cells[i]));
        }
        rows.add(row);
      }
    }
    return new HeldSection(table, about, names, rows);
  }

  /** A column's value as text people and programs read the same way. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant().toString();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant().toString();
    }
    if (value instanceof Instant i) {
      return i.toString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    return value.toString();
  }
}
