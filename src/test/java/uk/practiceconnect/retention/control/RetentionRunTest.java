package uk.practiceconnect.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.retention.entity.RetentionKind;
import uk.practiceconnect.retention.entity.RetentionPolicy;

/**
 * Retention on the real migrations (H2), with the clock moved: rows past their period are deleted
 * or anonymised and newer ones kept; batches commit one by one so a stopped run is finished by the
 * next; a kind is done once a day; another instance's lease is left alone until it runs out.
 */
class RetentionRunTest {

  static final Instant NOW = Instant.parse("2027-03-10T03:00:00Z");

  JdbcDataSource ds;
  long practiceId;

  @BeforeEach
  void database() throws SQLException {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    exec(
        "insert into practice (ods_code, name, created_at) values ('A81001', 'Riverside', ?)",
        ts(NOW.minus(Duration.ofDays(4000))));
    practiceId = single("select id from practice");
  }

  RetentionRun run(Instant at, String owner, int batchSize, int maxBatches) {
    return new RetentionRun(ds, Clock.fixed(at, ZoneOffset.UTC), owner, batchSize, maxBatches);
  }

  @Test
  void rowsPastTheirPeriodAreDeletedOrAnonymisedAndNewerOnesKept() throws SQLException {
    audit(NOW.minus(Duration.ofDays(2191)));
    audit(NOW.minus(Duration.ofDays(2189)));
    reply("old", NOW.minus(Duration.ofDays(31)));
    reply("new", NOW.minus(Duration.ofDays(29)));
    text("SENT", NOW.minus(Duration.ofDays(31)));
    text("SENT", NOW.minus(Duration.ofDays(29)));
    text("QUEUED", NOW.minus(Duration.ofDays(40))); // not done with: its number is still needed
    reminder(NOW.minus(Duration.ofDays(91)));
    reminder(NOW.minus(Duration.ofDays(89)));

    List<RetentionRun.Figure> figures = run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults());

    Map<RetentionKind, Long> rows =
        figures.stream()
            .collect(Collectors.toMap(RetentionRun.Figure::kind, RetentionRun.Figure::rows));
    assertEquals(RetentionKind.values().length, figures.size(), figures.toString());
    assertEquals(1L, rows.get(RetentionKind.AUDIT_TRAIL));
    assertEquals(1L, rows.get(RetentionKind.TEXT_REPLIES));
    assertEquals(1L, rows.get(RetentionKind.SMS_PHONE_NUMBERS));
    assertEquals(1L, rows.get(RetentionKind.REMINDER_PATIENT_DETAILS));
    assertEquals(1, single("select count(*) from audit_entry"));
    assertEquals(1, single("select count(*) from sms_reply where notify_id = 'new'"));
    assertEquals(0, single("select count(*) from sms_reply where notify_id = 'old'"));
    assertEquals(1, single("select count(*) from sms_message where phone_number = ''"));
    assertEquals(2, single("select count(*) from sms_message where phone_number = '07700900123'"));
    assertEquals(
        1,
        single(
            "select count(*) from reminder where mobile is null and nhs_hash is null"
                + " and patient_ref is null and nhs_masked is null"));
    assertEquals(1, single("select count(*) from reminder where mobile = '07700900123'"));
    assertEquals(2, single("select count(*) from reminder"), "anonymised, not deleted");
    assertTrue(figures.stream().allMatch(RetentionRun.Figure::finished));
    assertEquals(4, single("select sum(total_rows) from retention_run"));
  }

  @Test
  void invitationsLoseTheirPatientDetailsAMonthAfterUseOrExpiry() throws SQLException {
    long usedLongAgo = invitation(NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(20)));
    long usedLately = invitation(NOW.minus(Duration.ofDays(29)), NOW.minus(Duration.ofDays(20)));
    long expiredLongAgo = invitation(null, NOW.minus(Duration.ofDays(31)));
    long stillOpen = invitation(null, NOW.plus(Duration.ofDays(3)));
    booking("943 476 5919", NOW.minus(Duration.ofDays(20)), usedLongAgo);

    assertEquals(
        2,
        figure(
                run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults()),
                RetentionKind.BOOKING_INVITATIONS)
            .rows());

    for (long gone : List.of(usedLongAgo, expiredLongAgo)) {
      assertEquals(
          1,
          single(
              "select count(*) from booking_invitation where id = "
                  + gone
                  + " and nhs_number is null and mobile is null"),
          "anonymised: " + gone);
    }
    for (long kept : List.of(usedLately, stillOpen)) {
      assertEquals(
          1,
          single(
              "select count(*) from booking_invitation where id = "
                  + kept
                  + " and nhs_number = '9434765919' and mobile = '07700900123'"),
          "kept: " + kept);
    }
    assertEquals(
        1,
        single("select count(*) from booking where invitation_id = " + usedLongAgo),
        "the row stays: the booking made with it still points at it");
  }

  @Test
  void lockRowsGoWithThePatientsLastBookingButNotBeforeTheyAreADayOld() throws SQLException {
    exec(
        "insert into booking_patient_lock (practice_id, nhs_number, created_at) values (?, ?, ?)",
        practiceId,
        "9434765919",
        ts(NOW.minus(Duration.ofDays(800))));
    exec(
        "insert into booking_patient_lock (practice_id, nhs_number, created_at) values (?, ?, ?)",
        practiceId,
        "9434765870",
        ts(NOW.minus(Duration.ofDays(800))));
    // a patient about to book: the row was just made, the booking not yet
    exec(
        "insert into booking_patient_lock (practice_id, nhs_number, created_at) values (?, ?, ?)",
        practiceId,
        "9434765862",
        ts(NOW.minus(Duration.ofMinutes(1))));
    booking("9434765919", NOW.minus(Duration.ofDays(731)), null); // deleted by BOOKINGS tonight
    booking("9434765870", NOW.minus(Duration.ofDays(700)), null); // still kept

    List<RetentionRun.Figure> figures = run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults());

    assertEquals(1, figure(figures, RetentionKind.BOOKINGS).rows());
    assertEquals(1, figure(figures, RetentionKind.BOOKING_PATIENT_LOCKS).rows());
    assertEquals(
        0, single("select count(*) from booking_patient_lock where nhs_number = '9434765919'"));
    assertEquals(
        1, single("select count(*) from booking_patient_lock where nhs_number = '9434765870'"));
    assertEquals(
        1, single("select count(*) from booking_patient_lock where nhs_number = '9434765862'"));
  }

  @Test
  void webhookEventsGoAMonthOnOnlyWhenEveryDeliveryIsFinished() throws SQLException {
    long endpoint = endpoint();
    long done = event(NOW.minus(Duration.ofDays(31)));
    delivery(done, endpoint, "DELIVERED");
    delivery(done, endpoint, "FAILED");
    long noEndpoints = event(NOW.minus(Duration.ofDays(31)));
    long stillGoing = event(NOW.minus(Duration.ofDays(40)));
    delivery(stillGoing, endpoint, "DELIVERED");
    delivery(stillGoing, endpoint, "PENDING"); // an endpoint down for weeks: it waits its turn
    long failedToo = event(NOW.minus(Duration.ofDays(35)));
    delivery(failedToo, endpoint, "SENDING");
    long recent = event(NOW.minus(Duration.ofDays(29)));
    delivery(recent, endpoint, "DELIVERED");

    List<RetentionRun.Figure> figures = run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults());

    assertEquals(2, figure(figures, RetentionKind.WEBHOOK_DELIVERIES).rows());
    assertEquals(2, figure(figures, RetentionKind.WEBHOOK_EVENTS).rows());
    assertEquals(
        0,
        single(
            "select count(*) from webhook_event where id in (" + done + ", " + noEndpoints + ")"));
    assertEquals(
        3,
        single(
            "select count(*) from webhook_event where id in ("
                + stillGoing
                + ", "
                + failedToo
                + ", "
                + recent
                + ")"));
    assertEquals(
        4,
        single("select count(*) from webhook_delivery"),
        "nothing of an event with a delivery on its way is touched");
    assertEquals(1, single("select count(*) from webhook_delivery where state = 'PENDING'"));
  }

  @Test
  void seriousIncidentsAreKeptTwentyYearsTheOthersTen() throws SQLException {
    incident(NOW.minus(Duration.ofDays(3651)), false);
    incident(NOW.minus(Duration.ofDays(3651)), true);
    incident(NOW.minus(Duration.ofDays(7299)), true);
    incident(NOW.minus(Duration.ofDays(7301)), true);

    List<RetentionRun.Figure> figures = run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults());

    assertEquals(1, figure(figures, RetentionKind.SAFETY_INCIDENTS).rows());
    assertEquals(1, figure(figures, RetentionKind.SERIOUS_SAFETY_INCIDENTS).rows());
    assertEquals(2, single("select count(*) from safety_incident where serious = true"));
    assertEquals(0, single("select count(*) from safety_incident where serious = false"));
  }

  @Test
  void noticesTestsAndTheAnonymisedReminderAndTextRowsGoAfterTheirPeriods() throws SQLException {
    exec(
        "insert into inbox_message (practice_id, created_at, sender, subject, body)"
            + " values (?, ?, 'system', 'EMIS', 'x')",
        practiceId,
        ts(NOW.minus(Duration.ofDays(731))));
    exec(
        "insert into inbox_message (practice_id, created_at, sender, subject, body)"
            + " values (?, ?, 'system', 'EMIS', 'x')",
        practiceId,
        ts(NOW.minus(Duration.ofDays(729))));
    connectionTest(NOW.minus(Duration.ofDays(366)));
    long latest = connectionTest(NOW.minus(Duration.ofDays(400)));
    exec(
        "insert into emis_integration_status (practice_id, state, since, last_test_id,"
            + " next_check_at) values (?, 'FAILING', ?, ?, ?)",
        practiceId,
        ts(NOW),
        latest,
        ts(NOW));
    connectionTest(NOW.minus(Duration.ofDays(364)));
    long oldText = text("SENT", NOW.minus(Duration.ofDays(731)));
    long oldReminder = reminder(NOW.minus(Duration.ofDays(731)));
    exec("update reminder set sms_message_id = ? where id = ?", oldText, oldReminder);
    long keptText = text("SENT", NOW.minus(Duration.ofDays(731)));
    long laterReminder = reminder(NOW.minus(Duration.ofDays(700)));
    exec("update reminder set sms_message_id = ? where id = ?", keptText, laterReminder);

    List<RetentionRun.Figure> figures = run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults());

    assertEquals(1, figure(figures, RetentionKind.INBOX_NOTICES).rows());
    assertEquals(1, figure(figures, RetentionKind.CONNECTION_TESTS).rows());
    assertEquals(1, figure(figures, RetentionKind.REMINDER_ROWS).rows());
    assertEquals(1, figure(figures, RetentionKind.TEXT_ROWS).rows());
    assertEquals(1, single("select count(*) from inbox_message"));
    assertEquals(2, single("select count(*) from emis_connection_test"), "the latest stays");
    assertEquals(0, single("select count(*) from reminder where id = " + oldReminder));
    assertEquals(0, single("select count(*) from sms_message where id = " + oldText));
    assertEquals(
        1,
        single("select count(*) from sms_message where id = " + keptText),
        "a reminder still kept points at it");
  }

  @Test
  void aRunStoppedAfterSomeBatchesIsFinishedByTheNextAndThenTheKindRestsUntilTomorrow()
      throws SQLException {
    for (int i = 0; i < 5; i++) {
      audit(NOW.minus(Duration.ofDays(3000 + i)));
    }
    RetentionPolicy policy = RetentionPolicy.defaults();

    // batches of 2, one batch per run: 2 rows, then 2 more, each committed on its own
    assertEquals(2, audit(run(NOW, "a", 2, 1).runDue(policy)).rows());
    assertEquals(3, single("select count(*) from audit_entry"));
    RetentionRun.Figure second = audit(run(NOW.plusSeconds(60), "b", 2, 1).runDue(policy));
    assertEquals(2, second.rows());
    assertTrue(!second.finished());
    RetentionRun.Figure third = audit(run(NOW.plusSeconds(120), "a", 2, 1).runDue(policy));
    assertEquals(1, third.rows());
    assertTrue(third.finished());
    assertEquals(0, single("select count(*) from audit_entry"));

    // done for today (UK date): a new old row waits for tomorrow
    audit(NOW.minus(Duration.ofDays(3000)));
    assertTrue(
        run(NOW.plus(Duration.ofHours(2)), "a", 2, 1).runDue(policy).stream()
            .noneMatch(f -> f.kind() == RetentionKind.AUDIT_TRAIL));
    assertEquals(1, audit(run(NOW.plus(Duration.ofDays(1)), "b", 2, 1).runDue(policy)).rows());
    assertEquals(5 + 1, single("select total_rows from retention_run where kind = 'AUDIT_TRAIL'"));
  }

  @Test
  void anotherInstancesLeaseIsLeftAloneUntilItRunsOut() throws SQLException {
    audit(NOW.minus(Duration.ofDays(3000)));
    exec(
        "update retention_run set lease_owner = 'other', lease_until = ? where kind = 'AUDIT_TRAIL'",
        ts(NOW.plus(Duration.ofMinutes(10))));
    assertTrue(
        run(NOW, "a", 500, 10).runDue(RetentionPolicy.defaults()).stream()
            .noneMatch(f -> f.kind() == RetentionKind.AUDIT_TRAIL));
    assertEquals(1, single("select count(*) from audit_entry"));
    // the other instance died: its lease runs out and this one takes over
    assertEquals(
        1,
        audit(
                run(NOW.plus(Duration.ofMinutes(11)), "a", 500, 10)
                    .runDue(RetentionPolicy.defaults()))
            .rows());
  }

  @Test
  void periodsComeFromConfigurationAndMustBeAtLeastADay() {
    RetentionPolicy policy = RetentionPolicy.of(k -> k == RetentionKind.AUDIT_TRAIL ? 365 : null);
    assertEquals(Duration.ofDays(365), policy.period(RetentionKind.AUDIT_TRAIL));
    assertEquals(Duration.ofDays(30), policy.period(RetentionKind.SMS_PHONE_NUMBERS));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> RetentionPolicy.of(k -> k == RetentionKind.BOOKINGS ? 0 : null));
    assertTrue(e.getMessage().contains("retention.bookings-days"), e.getMessage());
  }

  private static RetentionRun.Figure audit(List<RetentionRun.Figure> figures) {
    return figures.stream()
        .filter(f -> f.kind() == RetentionKind.AUDIT_TRAIL)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the audit trail was not run: " + figures));
  }

  private void audit(Instant at) throws SQLException {
    exec(
        "insert into audit_entry (occurred_at, actor, practice_id, action) values (?, 'x', ?, 'A')",
        ts(at),
        practiceId);
  }

  private static RetentionRun.Figure figure(List<RetentionRun.Figure> figures, RetentionKind k) {
    return figures.stream()
        .filter(f -> f.kind() == k)
        .findFirst()
        .orElseThrow(() -> new AssertionError(k + " was not run: " + figures));
  }

  private long invitation(Instant usedAt, Instant expiresAt) throws SQLException {
    exec(
        "insert into booking_invitation (practice_id, token_hash, nhs_number, mobile, slot_type,"
            + " status, created_at, created_by, expires_at, used_at) values (?, ?, '9434765919',"
            + " '07700900123', 'Nurse', ?, ?, 'x', ?, ?)",
        practiceId,
        UUID.randomUUID().toString(),
        usedAt == null ? "SENT" : "USED",
        ts(expiresAt.minus(Duration.ofDays(7))),
        ts(expiresAt),
        usedAt == null ? null : ts(usedAt));
    return single("select max(id) from booking_invitation");
  }

  private void booking(String nhs, Instant end, Long invitationId) throws SQLException {
    String ref = UUID.randomUUID().toString();
    exec(
        "insert into booking (booking_ref, practice_id, status, channel, actor, idempotency_key,"
            + " request_hash, slot_id, slot_start, slot_end, slot_type, nhs_number, invitation_id,"
            + " created_at) values (?, ?, 'CONFIRMED', 'WEB', 'patient', ?, 'h', 's', ?, ?, 'Nurse',"
            + " ?, ?, ?)",
        ref,
        practiceId,
        ref,
        ts(end.minus(Duration.ofMinutes(10))),
        ts(end),
        nhs.replace(" ", ""),
        invitationId,
        ts(end.minus(Duration.ofDays(7))));
  }

  private long endpoint() throws SQLException {
    exec(
        "insert into webhook_endpoint (public_id, practice_id, url, events, secret_key_id,"
            + " secret_sealed, created_at, created_by) values ('we_1', ?, 'https://example.org/h',"
            + " 'booking.created', 'k', 's', ?, 'x')",
        practiceId,
        ts(NOW.minus(Duration.ofDays(90))));
    return single("select max(id) from webhook_endpoint");
  }

  private long event(Instant at) throws SQLException {
    exec(
        "insert into webhook_event (message_id, practice_id, type, occurred_at, body)"
            + " values (?, ?, 'BOOKING_CREATED', ?, '{}')",
        UUID.randomUUID().toString(),
        practiceId,
        ts(at));
    return single("select max(id) from webhook_event");
  }

  private void delivery(long event, long endpoint, String state) throws SQLException {
    exec(
        "insert into webhook_delivery (event_id, endpoint_id, state, queued_at, next_try_at)"
            + " values (?, ?, ?, ?, ?)",
        event,
        endpoint,
        state,
        ts(NOW),
        ts(NOW));
  }

  private void incident(Instant at, boolean serious) throws SQLException {
    exec(
        "insert into safety_incident (practice_id, ods_code, reported_at, reported_by,"
            + " occurred_on, what_happened, serious) values (?, 'A81001', ?, 'x', ?, 'y', ?)",
        practiceId,
        ts(at),
        java.time.LocalDate.of(2020, 1, 1),
        serious);
  }

  private long connectionTest(Instant at) throws SQLException {
    exec(
        "insert into emis_connection_test (practice_id, checked_at, outcome, emis_answered,"
            + " run_by, run_from, duration_ms) values (?, ?, 'FAILED', false, 'x', 'PAGE', 5)",
        practiceId,
        ts(at));
    return single("select max(id) from emis_connection_test");
  }

  private void reply(String id, Instant at) throws SQLException {
    exec(
        "insert into sms_reply (notify_id, received_at, read_at, outcome) values (?, ?, ?, 'X')",
        id,
        ts(at),
        ts(at));
  }

  private long text(String state, Instant at) throws SQLException {
    String key = UUID.randomUUID().toString();
    exec(
        "insert into sms_message (practice_id, purpose, dedup_key, reference, phone_number, body,"
            + " state, next_attempt_at, created_at) values (?, 'REMINDER', ?, ?, '07700900123',"
            + " '', ?, ?, ?)",
        practiceId,
        key,
        key,
        state,
        ts(at),
        ts(at));
    return single("select max(id) from sms_message");
  }

  private long reminder(Instant start) throws SQLException {
    long id = single("select next value for reminder_seq");
    exec(
        "insert into reminder (id, practice_id, appointment_id, offset_minutes, revision,"
            + " appointment_start, patient_ref, nhs_masked, nhs_hash, mobile, status, created_at,"
            + " updated_at) values (?, ?, ?, 1440, 0, ?, 'P1', '943 *** 5919', 'h', '07700900123',"
            + " 'CANCELLED', ?, ?)",
        id,
        practiceId,
        "appt-" + id,
        ts(start),
        ts(start),
        ts(start));
    return id;
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.from(i);
  }

  private void exec(String sql, Object... params) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  private long single(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
