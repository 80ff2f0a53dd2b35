package uk.practiceconnect.dataprotection.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.UkTime;

/**
 * Erases the rows a {@link SubjectSearch} found, inside the caller's transaction (all or nothing).
 * Per table (docs/data-protection.md says why): bookings and invitations deleted, the booking lock
 * deleted once no booking of that number is left, reminders anonymised as retention does (those not
 * yet sent deleted: planning makes them again from EMIS), their links deleted, texts' number and
 * words blanked (a text still waiting is withdrawn), a safety incident's patient reference cleared
 * (the report stays: clinical risk management). The opt-out and the audit trail are kept. Refused,
 * with nothing changed, while a booking is still to come or a text is being sent this moment.
 */
final class SubjectErasure {

  static final String WITHDRAWN = "Erased at the practice's decision before it was sent";

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(UkTime.ZONE);

  private final EntityManager em;

  SubjectErasure(EntityManager em) {
    this.em = em;
  }

  Erased erase(PatientRows rows, Instant now) {
    refuseWhileLive(rows, now);
    List<Erased.Line> lines = new ArrayList<>();
    lines.add(
        line(
            "reminder_link",
            "deleted",
            update("delete from reminder_link where reminder_id in (:ids)", rows.reminders())));
    if (!rows.texts().isEmpty()) {
      em.createNativeQuery(
              "update sms_message set state = 'WITHDRAWN', withdraw_reason = :why"
                  + " where state = 'QUEUED' and id in (:ids)")
          .setParameter("why", WITHDRAWN)
          .setParameter("ids", rows.texts())
          .executeUpdate();
    }
    lines.add(
        line(
            "sms_message",
            "anonymised (number and text blanked)",
            update(
                "update sms_message set phone_number = '', body = '' where id in (:ids)",
                rows.texts())));
    lines.add(
        line(
            "reminder",
            "deleted (not sent yet)",
            update(
                "delete from reminder where status = 'PLANNED' and id in (:ids)",
                rows.reminders())));
    lines.add(
        line(
            "reminder",
            "anonymised",
            update(
                "update reminder set mobile = null, patient_ref = null, nhs_masked = null,"
                    + " nhs_hash = null, date_of_birth = null where id in (:ids)",
                rows.reminders())));
    if (!rows.invitations().isEmpty()) {
      em.createNativeQuery("update booking set invitation_id = null where invitation_id in (:ids)")
          .setParameter("ids", rows.invitations())
          .executeUpdate();
    }
    lines.add(
        line(
            "booking",
            "deleted",
            update("delete from booking where id in (:ids)", rows.bookings())));
    lines.add(
        line(
            "booking_invitation",
            "deleted",
            update("delete from booking_invitation where id in (:ids)", rows.invitations())));
    lines.add(line("booking_patient_lock", "deleted", deleteLocks(rows)));
    lines.add(
        line(
            "safety_incident",
            "patient reference cleared (report kept)",
            update(
                "update safety_incident set patient_reference = null where id in (:ids)",
                rows.incidents())));
    return new Erased(lines, !rows.optOutHashes().isEmpty(), rows.auditEntries().size());
  }

  private void refuseWhileLive(PatientRows rows, Instant now) {
    if (!rows.bookings().isEmpty()) {
      List<?> live =
          em.createNativeQuery(
                  "select slot_type, slot_start from booking where id in (:ids) and (status ="
                      + " 'PENDING' or (status = 'CONFIRMED' and slot_end > :now))"
                      + " order by slot_start")
              .setParameter("ids", rows.bookings())
              .setParameter("now", now)
              .getResultList();
      if (!live.isEmpty()) {
        Object[] first = (Object[]) live.get(0);
        throw new DomainException(
            ErrorCode.UNPROCESSABLE,
            "Nothing was erased: the patient has "
                + (live.size() == 1 ? "a booking" : live.size() + " bookings")
                + " still to come ("
                + first[0]
                + " on "
                + WHEN.format(instant(first[1]))
                + (live.size() == 1 ? "" : ", and more")
                + "). Cancel "
                + (live.size() == 1 ? "it" : "them")
                + " first (Bookings page, or DELETE on the booking in the API), then erase.");
      }
    }
    if (!rows.texts().isEmpty()) {
      Number sending =
          (Number)
              em.createNativeQuery(
                      "select count(*) from sms_message where state = 'SENDING' and id in (:ids)")
                  .setParameter("ids", rows.texts())
                  .getSingleResult();
      if (sending.intValue() > 0) {
        throw new DomainException(
            ErrorCode.CONFLICT,
            "Nothing was erased: a text to this patient is being sent this moment. Try again in a"
                + " minute.");
      }
    }
  }

  private int deleteLocks(PatientRows rows) {
    if (rows.lockedNhsNumbers().isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "delete from booking_patient_lock where practice_id = :p and nhs_number in (:ids)"
                + " and not exists (select 1 from booking b where b.practice_id ="
                + " booking_patient_lock.practice_id and b.nhs_number ="
                + " booking_patient_lock.nhs_number)")
        .setParameter("p", rows.practiceId())
        .setParameter("ids", rows.lockedNhsNumbers())
        .executeUpdate();
  }

  private int update(String sql, Collection<?> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
  }

  private static Erased.Line line(String table, String action, int rows) {
    return new Erased.Line(table, action, rows);
  }

  private static Instant instant(Object value) {
    String text = SubjectExport.text(value);
    return Instant.parse(text);
  }
}
