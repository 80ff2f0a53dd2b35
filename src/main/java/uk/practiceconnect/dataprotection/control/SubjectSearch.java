package uk.practiceconnect.dataprotection.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.practiceconnect.dataprotection.entity.DataSubject;
import uk.practiceconnect.reminders.entity.PatientKey;

/**
 * Finds one patient's rows at one practice in every table of docs/data-protection.md. By NHS
 * number: reminders by their keyed hash ({@link PatientKey}, as planning stores it), bookings,
 * invitations and the booking lock by the number itself. By mobile: reminders, invitations and
 * texts by the number, and the bookings made from those invitations. Then what hangs off those
 * rows: the texts sent for them (by the outbox's dedup keys, which outlive the blanked number), the
 * audit entries naming their booking references or EMIS appointment ids, and safety incidents whose
 * patient reference names the patient. The opt-out is looked up by its hash only.
 */
final class SubjectSearch {

  private final EntityManager em;

  SubjectSearch(EntityManager em) {
    this.em = em;
  }

  PatientRows find(long practiceId, DataSubject subject) {
    List<Long> reminders;
    List<Long> invitations;
    List<Long> bookings;
    Set<String> optOuts = new HashSet<>();
    Set<String> nhsNumbers = new LinkedHashSet<>();
    String phone = subject.mobile().map(m -> m.value()).orElse(null);
    if (subject.nhsNumber().isPresent()) {
      String nhs = subject.nhsNumber().get().value();
      String hash = PatientKey.of(practiceId, subject.nhsNumber().get()).hash();
      reminders = ids("reminder", "nhs_hash = :v", practiceId, hash);
      invitations = ids("booking_invitation", "nhs_number = :v", practiceId, nhs);
      bookings = ids("booking", "nhs_number = :v", practiceId, nhs);
      optOuts.add(hash);
      nhsNumbers.add(nhs);
    } else {
      reminders = ids("reminder", "mobile = :v", practiceId, phone);
      invitations = ids("booking_invitation", "mobile = :v", practiceId, phone);
      bookings =
          invitations.isEmpty()
              ? List.of()
              : ids("booking", "invitation_id in (:v)", practiceId, invitations);
      optOuts.add(PatientKey.ofMobile(practiceId, subject.mobile().get()).hash());
    }
    if (!bookings.isEmpty()) {
      nhsNumbers.addAll(
          strings("select distinct nhs_number from booking where id in (:ids)", bookings));
    }
    Set<String> refs = bookingRefs(bookings);
    Set<String> appointments = appointmentIds(reminders, bookings);
    return new PatientRows(
        practiceId,
        reminders,
        bookings,
        invitations,
        texts(practiceId, phone, reminders, invitations, refs, appointments),
        incidents(practiceId, subject, reminders),
        auditEntries(practiceId, refs, appointments),
        existingOptOuts(practiceId, optOuts),
        existingLocks(practiceId, nhsNumbers));
  }

  private List<Long> ids(String table, String condition, long practiceId, Object value) {
    return longs(
        em.createNativeQuery(
                "select id from "
                    + table
                    + " where practice_id = :p and "
                    + condition
                    + " order by id")
            .setParameter("p", practiceId)
            .setParameter("v", value)
            .getResultList());
  }

  private Set<String> bookingRefs(List<Long> bookings) {
    return bookings.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(
            strings("select booking_ref from booking where id in (:ids)", bookings));
  }

  private Set<String> appointmentIds(List<Long> reminders, List<Long> bookings) {
    Set<String> ids = new LinkedHashSet<>();
    if (!reminders.isEmpty()) {
      ids.addAll(
          strings("select distinct appointment_id from reminder where id in (:ids)", reminders));
    }
    if (!bookings.isEmpty()) {
      ids.addAll(
          strings(
              "select distinct appointment_id from booking where id in (:ids)"
                  + " and appointment_id is not null",
              bookings));
    }
    return ids;
  }

  /** Texts by the outbox keys of the patient's rows, and by the phone number when asked by it. */
  private List<Long> texts(
      long practiceId,
      String phone,
      List<Long> reminders,
      List<Long> invitations,
      Set<String> refs,
      Set<String> appointments) {
    List<String> keys = new ArrayList<>();
    reminders.forEach(id -> keys.add("reminder:" + id));
    invitations.forEach(id -> keys.add("booking-invitation:" + id));
    refs.forEach(
        r -> {
          keys.add("booking-confirmation:" + r);
          keys.add("booking-cancelled:" + r);
        });
    appointments.forEach(a -> keys.add("cancel-confirmation:" + practiceId + ":" + a));
    if (keys.isEmpty() && phone == null) {
      return List.of();
    }
    keys.add(""); // never a key: keeps "in (...)" valid when the patient has no rows yet
    return longs(
        em.createNativeQuery(
                "select id from sms_message where practice_id = :p and (dedup_key in (:keys)"
                    + " or phone_number = :phone) order by id")
            .setParameter("p", practiceId)
            .setParameter("keys", keys)
            .setParameter("phone", phone == null ? "-" : phone)
            .getResultList());
  }

  /**
   * Incidents of the practice whose patient reference names the patient (checked here, in Java).
   */
  private List<Long> incidents(long practiceId, DataSubject subject, List<Long> reminders) {
    Set<String> emisRefs =
        reminders.isEmpty()
            ? Set.of()
            : new HashSet<>(
                strings(
                    "select distinct patient_ref from reminder where id in (:ids)"
                        + " and patient_ref is not null",
                    reminders));
    List<Long> found = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, patient_reference from safety_incident where practice_id = :p"
                    + " and patient_reference is not null order by id")
            .setParameter("p", practiceId)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      if (subject.isNamedBy((String) cells[1], emisRefs)) {
        found.add(((Number) cells[0]).longValue());
      }
    }
    return found;
  }

  /**
   * Audit entries that name one of the patient's bookings ("booking 3f2c…", a random reference) or
   * appointments ("Appointment 80977 "): the trail never holds the NHS number or mobile itself.
   */
  private List<Long> auditEntries(long practiceId, Set<String> refs, Set<String> appointments) {
    List<String> patterns = new ArrayList<>();
    refs.forEach(r -> patterns.add("%booking " + like(r) + "%"));
    appointments.forEach(a -> patterns.add("Appointment " + like(a) + " %"));
    if (patterns.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("select id from audit_entry where practice_id = :p and (1 = 0");
    for (int i = 0; i < patterns.size(); i++) {
      sql.append(" or detail like :d").append(i).append(" escape '\\'");
    }
    var q =
        em.createNativeQuery(sql.append(") order by id").toString()).setParameter("p", practiceId);
    for (int i = 0; i < patterns.size(); i++) {
      q.setParameter("d" + i, patterns.get(i));
    }
    return longs(q.getResultList());
  }

  private Set<String> existingOptOuts(long practiceId, Set<String> hashes) {
    return keys(
        "select nhs_hash from reminder_opt_out where practice_id = :p and nhs_hash in (:keys)",
        practiceId,
        hashes);
  }

  private Set<String> existingLocks(long practiceId, Set<String> nhsNumbers) {
    return keys(
        "select nhs_number from booking_patient_lock where practice_id = :p"
            + " and nhs_number in (:keys)",
        practiceId,
        nhsNumbers);
  }

  private Set<String> keys(String sql, long practiceId, Set<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    Set<String> found = new HashSet<>();
    for (Object o :
        em.createNativeQuery(sql)
            .setParameter("p", practiceId)
            .setParameter("keys", keys)
            .getResultList()) {
      found.add(o.toString());
    }
    return found;
  }

  private List<String> strings(String sql, Collection<?> ids) {
    List<String> out = new ArrayList<>();
    for (Object o : em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }

  private static List<Long> longs(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }

  /** A LIKE pattern's literal part: % _ and \ match only themselves. */
  static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
