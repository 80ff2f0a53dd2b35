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

  private void reply(String id, Instant at) throws SQLException {
    exec(
        "insert into sms_reply (notify_id, received_at, read_at, outcome) values (?, ?, ?, 'X')",
        id,
        ts(at),
        ts(at));
  }

  private void text(String state, Instant at) throws SQLException {
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
  }

  private void reminder(Instant start) throws SQLException {
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
