package uk.practiceconnect.dataprotection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.dataprotection.entity.DataSubject;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.dataprotection.entity.ErasureRequest;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.dataprotection.entity.HeldSection;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.reminders.entity.PatientKey;

/**
 * Subject access and erasure on the real migrations (H2): one patient's rows in every table are
 * found by NHS number or mobile and no one else's, exported in full, and erased table by table in
 * one go, with the opt-out and the audit trail kept and the audit entry naming no one.
 */
class SubjectAccessTest {

  static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");
  static final String NHS = "9434765919";
  static final String OTHER_NHS = "9434765870";
  static final String MOBILE = "+447700900123";
  static final String OTHER_MOBILE = "+447700900999";
  static final Caller DESK = new Caller("support.desk", Caller.Kind.PLATFORM_ADMIN, null, true);

  TestDatabase db;
  EntityManager em;
  SubjectAccess access;
  Practice practice;
  Practice otherPractice;

  @BeforeEach
  void database() {
    db = new TestDatabase();
    em = db.newEntityManager();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    access = new SubjectAccess();
    access.em = em;
    access.clock = clock;
    access.audit = TestDatabase.auditTrail(em, clock);
    practice = new Practice(new OdsCode("A81001"), new PracticeName("Riverside Surgery"), NOW);
    otherPractice = new Practice(new OdsCode("A81002"), new PracticeName("Hillview"), NOW);
    TestDatabase.inTransaction(
        em,
        () -> {
          em.persist(practice);
          em.persist(otherPractice);
        });
  }

  @AfterEach
  void close() {
    em.close();
    db.close();
  }

  @Test
  void findsThePatientsRowsInEveryTableByNhsNumberAndNoOneElses() {
    patientWithHistory(practice, NHS, MOBILE, "80977");
    patientWithHistory(practice, OTHER_NHS, OTHER_MOBILE, "80978");
    patientWithHistory(otherPractice, NHS, MOBILE, "80979");

    HeldData data = export(DataSubject.of(new NhsNumber(NHS)));

    Map<String, Integer> counts = counts(data);
    assertEquals(1, counts.get("booking"), counts.toString());
    assertEquals(1, counts.get("booking_invitation"));
    assertEquals(1, counts.get("booking_patient_lock"));
    assertEquals(1, counts.get("reminder"));
    assertEquals(1, counts.get("reminder_link"));
    assertEquals(3, counts.get("sms_message"), "reminder, invitation and confirmation texts");
    assertEquals(1, counts.get("reminder_opt_out"));
    assertEquals(1, counts.get("safety_incident"));
    assertEquals(2, counts.get("audit_entry"), "the booking's and the appointment's");
    assertTrue(data.optedOut());
    HeldSection booking = section(data, "booking");
    assertEquals(NHS, booking.rows().get(0).get("nhs_number"), "full, unmasked");
    assertEquals("2027-03-01T09:00:00Z", booking.rows().get(0).get("slot_start"));
    assertEquals(MOBILE, section(data, "booking_invitation").rows().get(0).get("mobile"));
    assertFalse(data.toString().contains(OTHER_NHS), "no one else's rows");
    assertFalse(data.toString().contains("80978"), "no one else's appointment");
    assertFalse(data.toString().contains("80979"), "nothing of the other practice");
  }

  @Test
  void findsThePatientsRowsByMobile() {
    patientWithHistory(practice, NHS, MOBILE, "80977");
    patientWithHistory(practice, OTHER_NHS, OTHER_MOBILE, "80978");

    HeldData data = export(DataSubject.of(MobileNumber.of("07700 900123")));

    Map<String, Integer> counts = counts(data);
    assertEquals(1, counts.get("reminder"), counts.toString());
    assertEquals(1, counts.get("booking_invitation"));
    assertEquals(1, counts.get("booking"), "the booking made from the invitation to that phone");
    assertEquals(3, counts.get("sms_message"));
    assertEquals(0, counts.get("reminder_opt_out"), "the opt-out was kept by NHS number");
    assertEquals(1, counts.get("safety_incident"), "found through the reminder's EMIS number");
  }

  @Test
  void erasureDeletesOrAnonymisesEveryRowKeepsTheOptOutAndAuditsWithoutTheNumber() {
    patientWithHistory(practice, NHS, MOBILE, "80977");
    patientWithHistory(practice, OTHER_NHS, OTHER_MOBILE, "80978");

    Erased erased =
        TestDatabase.inTransaction(
            em,
            () ->
                access.erase(
                    DESK,
                    practice,
                    ErasureRequest.parse(
                        NHS, null, "The patient asked; the GP agreed", "Dr Ann Lee, GP partner")));

    Map<String, Integer> rows =
        erased.lines().stream()
            .collect(
                Collectors.toMap(
                    l -> l.table() + " " + l.action(), Erased.Line::rows, Integer::sum));
    assertEquals(1, rows.get("booking deleted"), rows.toString());
    assertEquals(1, rows.get("booking_invitation deleted"));
    assertEquals(1, rows.get("booking_patient_lock deleted"));
    assertEquals(1, rows.get("reminder anonymised"));
    assertEquals(1, rows.get("reminder_link deleted"));
    assertEquals(3, rows.get("sms_message anonymised (number and text blanked)"));
    assertEquals(1, rows.get("safety_incident patient reference cleared (report kept)"));
    assertTrue(erased.optOutKept());

    assertEquals(0, count("select count(*) from booking where nhs_number = '" + NHS + "'"));
    assertEquals(1, count("select count(*) from booking where nhs_number = '" + OTHER_NHS + "'"));
    assertEquals(0, count("select count(*) from reminder where mobile = '" + MOBILE + "'"));
    assertEquals(
        1,
        count("select count(*) from reminder where appointment_id = '80977'"),
        "the anonymous row stays, as retention leaves it");
    assertEquals(3, count("select count(*) from sms_message where phone_number = ''"));
    assertEquals(
        3, count("select count(*) from sms_message where phone_number = '" + OTHER_MOBILE + "'"));
    assertEquals(2, count("select count(*) from reminder_opt_out"), "the objection is kept");
    assertEquals(2, count("select count(*) from safety_incident"), "reports are kept");

    String audit =
        (String)
            em.createNativeQuery(
                    "select detail from audit_entry where action = 'PATIENT_DATA_ERASED'")
                .getSingleResult();
    assertTrue(audit.contains("booking 1 deleted"), audit);
    assertTrue(audit.contains("Dr Ann Lee, GP partner"), audit);
    assertTrue(audit.contains("The patient asked"), audit);
    assertFalse(audit.contains("5919"), audit);
    assertFalse(audit.contains("900123"), audit);

    HeldData after = export(DataSubject.of(new NhsNumber(NHS)));
    assertEquals(1, after.total(), "only the opt-out is left: " + counts(after));
    assertEquals(1, counts(after).get("reminder_opt_out"));
  }

  @Test
  void aBookingStillToComeStopsTheErasureAndNothingChanges() {
    patientWithHistory(practice, NHS, MOBILE, "80977");
    booking(practice, NHS, "CONFIRMED", NOW.plus(Duration.ofDays(2)), null);

    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                TestDatabase.inTransaction(
                    em,
                    () ->
                        access.erase(
                            DESK,
                            practice,
                            ErasureRequest.parse(
                                NHS, null, "Asked by the patient", "Practice manager"))));

    assertEquals(ErrorCode.UNPROCESSABLE, refused.code());
    assertTrue(refused.getMessage().contains("Cancel it first"), refused.getMessage());
    assertEquals(2, count("select count(*) from booking where nhs_number = '" + NHS + "'"));
    assertEquals(0, count("select count(*) from sms_message where phone_number = ''"));
    assertEquals(0, count("select count(*) from audit_entry where action = 'PATIENT_DATA_ERASED'"));
  }

  @Test
  void aTextStillWaitingIsWithdrawnNotSent() {
    long text = text(practice, MOBILE, "QUEUED", "reminder:0");
    TestDatabase.inTransaction(
        em,
        () ->
            access.erase(
                DESK,
                practice,
                ErasureRequest.parse(
                    null, "07700 900123", "Wrong number in EMIS", "Practice manager")));
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select state, phone_number, body from sms_message where id = " + text)
                .getSingleResult();
    assertEquals("WITHDRAWN", row[0]);
    assertEquals("", row[1]);
    assertEquals("", row[2]);
  }

  @Test
  void onlyTheSupportDeskMayExportOrErase() {
    Caller practiceKey = new Caller("riverside key", Caller.Kind.API_KEY, practice.id(), true);
    Caller readOnlyDesk = new Caller("desk read key", Caller.Kind.API_KEY, null, false);
    DataSubject subject = DataSubject.of(new NhsNumber(NHS));
    assertEquals(
        ErrorCode.FORBIDDEN,
        assertThrows(
                DomainException.class,
                () ->
                    TestDatabase.inTransaction(
                        em, () -> access.export(practiceKey, practice, subject, "test")))
            .code());
    assertEquals(
        ErrorCode.FORBIDDEN,
        assertThrows(
                DomainException.class,
                () ->
                    TestDatabase.inTransaction(
                        em,
                        () ->
                            access.erase(
                                readOnlyDesk,
                                practice,
                                ErasureRequest.parse(NHS, null, "Asked", "Manager"))))
            .code());
  }

  // --- a patient's history at a practice, as the features write it ---

  private void patientWithHistory(Practice p, String nhs, String mobile, String appointment) {
    long invitation =
        insert(
            "insert into booking_invitation (practice_id, token_hash, nhs_number, mobile, slot_type,"
                + " status, created_at, created_by, expires_at) values ("
                + p.id()
                + ", '"
                + appointment
                + "', '"
                + nhs
                + "', '"
                + mobile
                + "', 'Flu clinic', 'USED', ?1,"
                + " 'manager', ?1)",
            "booking_invitation");
    String ref = booking(p, nhs, "CONFIRMED", Instant.parse("2027-03-01T09:00:00Z"), invitation);
    exec(
        "insert into booking_patient_lock (practice_id, nhs_number) values ("
            + p.id()
            + ", '"
            + nhs
            + "')");
    long sms = text(p, mobile, "SENT", "reminder:x");
    long reminder =
        ((Number) em.createNativeQuery("select next value for reminder_seq").getSingleResult())
            .longValue();
    exec(
        "insert into reminder (id, practice_id, appointment_id, offset_minutes, revision,"
            + " appointment_start, patient_ref, nhs_masked, nhs_hash, mobile, status,"
            + " sms_message_id, created_at, updated_at) values ("
            + reminder
            + ", "
            + p.id()
            + ", '"
            + appointment
            + "', 1440, 0, ?1, 'E"
            + appointment
            + "', '*** *** "
            + nhs.substring(6)
            + "', '"
            + PatientKey.of(p.id(), new NhsNumber(nhs)).hash()
            + "', '"
            + mobile
            + "', 'SENT', "
            + sms
            + ", ?1, ?1)");
    exec("update sms_message set dedup_key = 'reminder:" + reminder + "' where id = " + sms);
    text(p, mobile, "SENT", "booking-invitation:" + invitation);
    text(p, mobile, "SENT", "booking-confirmation:" + ref);
    exec(
        "insert into reminder_link (id, token_hash, purpose, practice_id, reminder_id, expires_at,"
            + " created_at) values (next value for reminder_link_seq, 't"
            + reminder
            + "', 'CANCEL', "
            + p.id()
            + ", "
            + reminder
            + ", ?1, ?1)");
    exec(
        "insert into reminder_opt_out (practice_id, nhs_hash, opted_out_at, source) values ("
            + p.id()
            + ", '"
            + PatientKey.of(p.id(), new NhsNumber(nhs)).hash()
            + "', ?1, 'LINK')");
    exec(
        "insert into safety_incident (practice_id, ods_code, reported_at, reported_by, occurred_on,"
            + " what_happened, patient_reference) values ("
            + p.id()
            + ", 'A81001', ?1, 'manager',"
            + " DATE '2027-03-01', 'A reminder went after the cancellation', 'EMIS E"
            + appointment
            + "')");
    exec(
        "insert into audit_entry (occurred_at, actor, practice_id, ods_code, action, detail) values"
            + " (?1, 'patient (web)', "
            + p.id()
            + ", 'A81001', 'BOOKING_CONFIRMED', 'Flu clinic on"
            + " 1 Mar (booking "
            + ref
            + ", web)')");
    exec(
        "insert into audit_entry (occurred_at, actor, practice_id, ods_code, action, detail) values"
            + " (?1, 'patient (reminder link)', "
            + p.id()
            + ", 'A81001', 'APPOINTMENT_CANCELLED_BY_PATIENT',"
            + " 'Appointment "
            + appointment
            + " at 09:00 cancelled')");
  }

  private String booking(Practice p, String nhs, String status, Instant start, Long invitation) {
    String ref = java.util.UUID.randomUUID().toString();
    exec(
        "insert into booking (booking_ref, practice_id, status, channel, actor, idempotency_key,"
            + " request_hash, slot_id, slot_start, slot_end, slot_type, nhs_number, reason,"
            + " appointment_id, invitation_id, created_at) values ('"
            + ref
            + "', "
            + p.id()
            + ", '"
            + status
            + "', 'WEB', 'patient (web)', '"
            + ref
            + "', 'h', 's"
            + ref
            + "', ?2, ?3,"
            + " 'Flu clinic', '"
            + nhs
            + "', 'Sore arm', 'A"
            + ref.substring(0, 8)
            + "', "
            + (invitation == null ? "null" : invitation)
            + ", ?1)",
        start,
        start.plus(Duration.ofMinutes(10)));
    return ref;
  }

  private long text(Practice p, String mobile, String state, String key) {
    String k = key.endsWith(":x") || key.endsWith(":0") ? key + java.util.UUID.randomUUID() : key;
    return insert(
        "insert into sms_message (practice_id, purpose, dedup_key, reference, phone_number, body,"
            + " state, next_attempt_at, created_at) values ("
            + p.id()
            + ", 'REMINDER', '"
            + k
            + "', '"
            + java.util.UUID.randomUUID()
            + "', '"
            + mobile
            + "', 'Your appointment', '"
            + state
            + "', ?1, ?1)",
        "sms_message");
  }

  private long insert(String sql, String table) {
    exec(sql);
    return count("select max(id) from " + table);
  }

  private void exec(String sql, Instant... more) {
    TestDatabase.inTransaction(
        em,
        () -> {
          var q = em.createNativeQuery(sql);
          if (sql.contains("?1")) {
            q.setParameter(1, NOW);
          }
          for (int i = 0; i < more.length; i++) {
            q.setParameter(i + 2, more[i]);
          }
          q.executeUpdate();
        });
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private HeldData export(DataSubject subject) {
    return TestDatabase.inTransaction(em, () -> access.export(DESK, practice, subject, "test"));
  }

  private static HeldSection section(HeldData data, String table) {
    return data.sections().stream().filter(s -> s.table().equals(table)).findFirst().orElseThrow();
  }

  private static Map<String, Integer> counts(HeldData data) {
    return data.sections().stream()
        .collect(
            Collectors.toMap(
                HeldSection::table, HeldSection::count, (a, b) -> a, java.util.TreeMap::new));
  }
}
