package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.control.ScratchDatabase;

/**
 * The outbox's claim SQL, as {@link OutboxClaims} runs it, on a real H2 (always) and a real
 * PostgreSQL (when one answers on 127.0.0.1:5432; its own fresh schema): many concurrent senders
 * claim every row exactly once, a sender whose lease was taken over can record nothing, and lease
 * recovery marks rows "maybe sent".
 */
class ClaimSqlTest {

  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  /**
   * Eight senders claim 400 rows at once: each row is claimed exactly once and none is left behind.
   * How the threads are scheduled is not asserted (nothing promises that more than one sender gets
   * rows); the senders only wait until each holds its first claim, so that the claims after it
   * really overlap. A sender that finds nothing claimable while rows are still queued (locked by
   * another's claim at that moment) looks again, as the real sender's next poll does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void concurrentSendersClaimEachRowExactlyOnce(String db) throws Exception {
    try (Db d = Db.open(db)) {
      d.queue(400);
      Map<Long, String> claimedBy = new ConcurrentHashMap<>();
      AtomicInteger doubles = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      CountDownLatch eachHoldsOne = new CountDownLatch(8);
      List<Future<?>> senders = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String owner = "sender-" + t;
        senders.add(
            pool.submit(
                () -> {
                  go.await();
                  boolean first = true;
                  try (Connection c = d.connect()) {
                    while (true) {
                      Optional<Long> id = claim(c, owner);
                      if (id.isPresent()) {
                        if (claimedBy.putIfAbsent(id.get(), owner) != null) {
                          doubles.incrementAndGet();
                        }
                        if (first) {
                          first = false;
                          eachHoldsOne.countDown();
                          eachHoldsOne.await(10, TimeUnit.SECONDS);
                        }
                      } else if (d.count("state = 'QUEUED'") == 0) {
                        break;
                      }
                    }
                  } finally {
                    if (first) {
                      eachHoldsOne.countDown(); // a sender that got none holds up no one
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
      for (Future<?> sender : senders) {
        sender.get(); // a sender that failed fails the test
      }
      assertEquals(0, doubles.get(), "rows claimed twice");
      assertEquals(400, claimedBy.size(), "rows claimed");
      assertEquals(400, d.count("state = 'SENDING' and attempts = 1"));
      assertEquals(0, d.count("state = 'QUEUED'"), "rows left behind");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aSenderWhoseLeaseWasTakenOverRecordsNothing(String db) throws Exception {
    try (Db d = Db.open(db);
        Connection c = d.connect()) {
      d.queue(1);
      long id = claim(c, "slow").orElseThrow();
      // the lease runs out; recovery puts it back, marked maybe-sent; another sender claims it
      assertEquals(1, run(c, OutboxClaims.RECOVER, Map.of("now", NOW.plusSeconds(600))));
      assertEquals(1, d.count("state = 'QUEUED' and maybe_sent"));
      assertEquals(id, claim(c, "fast", NOW.plusSeconds(600)).orElseThrow());
      assertEquals(0, markSent(c, id, "slow"));
      assertEquals(1, markSent(c, id, "fast"));
      assertEquals(1, d.count("state = 'SENT' and attempts = 2 and not maybe_sent"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void recoveryLeavesLiveLeasesAlone(String db) throws Exception {
    try (Db d = Db.open(db);
        Connection c = d.connect()) {
      d.queue(2);
      claim(c, "a");
      assertEquals(0, run(c, OutboxClaims.RECOVER, Map.of("now", NOW.plusSeconds(60))));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aRowNotYetDueIsNotClaimed(String db) throws Exception {
    try (Db d = Db.open(db);
        Connection c = d.connect()) {
      d.queue(1);
      run(c, "update sms_message set next_attempt_at = :t", Map.of("t", NOW.plusSeconds(30)));
      assertEquals(Optional.empty(), claim(c, "a"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aQueuedTextIsWithdrawnButOneMidSendOrMaybeSentOnlyMarkedNotToGoAgain(String db)
      throws Exception {
    try (Db d = Db.open(db);
        Connection c = d.connect()) {
      d.queue(3);
      long sending = claim(c, "a").orElseThrow(); // the oldest: mid-send
      long maybeSent = sending + 1;
      long untouched = sending + 2;
      run(c, "update sms_message set maybe_sent = true where id = :id", Map.of("id", maybeSent));
      for (long id : new long[] {sending, maybeSent, untouched}) {
        Map<String, Object> p = Map.of("now", NOW, "reason", "cancelled", "id", id);
        if (run(c, OutboxClaims.WITHDRAW, p) == 0) {
          run(c, OutboxClaims.REQUEST_WITHDRAWAL, Map.of("reason", "cancelled", "id", id));
        }
      }
      assertEquals(1, d.count("state = 'WITHDRAWN' and body = '' and id = " + untouched));
      assertEquals(1, d.count("state = 'SENDING' and withdraw_reason is not null"));
      assertEquals(1, d.count("state = 'QUEUED' and maybe_sent and withdraw_reason is not null"));
      // the sender that holds the lease can still record what Notify said
      assertEquals(1, markSent(c, sending, "a"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aWithdrawalRacingAClaimNeverTakesAClaimedText(String db) throws Exception {
    try (Db d = Db.open(db)) {
      d.queue(200);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      CountDownLatch go = new CountDownLatch(1);
      for (int t = 0; t < 2; t++) {
        String owner = "sender-" + t;
        pool.submit(
            () -> {
              go.await();
              try (Connection c = d.connect()) {
                while (claim(c, owner).isPresent()) {
                  // keep claiming
                }
              }
              return null;
            });
      }
      pool.submit(
          () -> {
            go.await();
            try (Connection c = d.connect()) {
              long first = d.minId();
              for (long id = first; id < first + 200; id++) {
                run(c, OutboxClaims.WITHDRAW, Map.of("now", NOW, "reason", "gone", "id", id));
              }
            }
            return null;
          });
      go.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
      assertEquals(200, d.count("state in ('SENDING', 'WITHDRAWN')"));
      assertEquals(0, d.count("state = 'WITHDRAWN' and lease_owner is not null"));
      assertEquals(0, d.count("state = 'WITHDRAWN' and attempts > 0"));
    }
  }

  /** One claim as OutboxClaims#claimNext does it: select skip-locked, compare-and-set, commit. */
  static Optional<Long> claim(Connection c, String owner) throws SQLException {
    return claim(c, owner, NOW);
  }

  static Optional<Long> claim(Connection c, String owner, Instant now) throws SQLException {
    c.setAutoCommit(false);
    try {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement s =
              ScratchDatabase.prepare(c, OutboxClaims.CLAIM_SELECT, Map.of("now", now));
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      if (ids.isEmpty()) {
        c.commit();
        return Optional.empty();
      }
      int n =
          run(
              c,
              OutboxClaims.CLAIM_UPDATE,
              Map.of("owner", owner, "until", now.plusSeconds(120), "id", ids.get(0)));
      c.commit();
      return n == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static int markSent(Connection c, long id, String owner) throws SQLException {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("notifyId", "n-" + id);
    p.put("service", "53ff6253-f57d-46af-89ee-17c82a90f77e");
    p.put("status", "created");
    p.put("now", NOW);
    p.put("completed", null);
    p.put("check", NOW.plusSeconds(5));
    p.put("id", id);
    p.put("owner", owner);
    return run(c, OutboxClaims.MARK_SENT, p);
  }

  static int run(Connection c, String sql, Map<String, Object> params) throws SQLException {
    try (PreparedStatement s = ScratchDatabase.prepare(c, sql, params)) {
      return s.executeUpdate();
    }
  }

  /** A fresh database with the application's migrations. */
  record Db(ScratchDatabase db) implements AutoCloseable {

    static Db open(String kind) {
      return new Db(ScratchDatabase.migrated(kind, "claims"));
    }

    Connection connect() throws SQLException {
      return db.connect();
    }

    void queue(int n) throws SQLException {
      try (Connection c = connect()) {
        c.createStatement()
            .execute(
                "insert into practice (ods_code, name, created_at) values ('Z99999', 'Test',"
                    + " current_timestamp)");
        long practice;
        try (ResultSet r =
            c.createStatement().executeQuery("select id from practice where ods_code = 'Z99999'")) {
          r.next();
          practice = r.getLong(1);
        }
        c.setAutoCommit(false);
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into sms_message (practice_id, purpose, dedup_key, reference,"
                    + " phone_number, body, state, next_attempt_at, created_at)"
                    + " values (?, 'REMINDER', ?, ?, '+447700900123', 'hello', 'QUEUED', ?, ?)")) {
          for (int i = 0; i < n; i++) {
            s.setLong(1, practice);
            s.setString(2, "k-" + i);
            s.setString(3, "pc-" + i);
            s.setObject(4, OffsetDateTime.ofInstant(NOW.minusSeconds(n - i), ZoneOffset.UTC));
            s.setObject(5, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
            s.addBatch();
          }
          s.executeBatch();
        }
        c.commit();
      }
    }

    long minId() throws SQLException {
      try (Connection c = connect();
          ResultSet r = c.createStatement().executeQuery("select min(id) from sms_message")) {
        r.next();
        return r.getLong(1);
      }
    }

    long count(String where) throws SQLException {
      try (Connection c = connect();
          ResultSet r =
              c.createStatement().executeQuery("select count(*) from sms_message where " + where)) {
        r.next();
        return r.getLong(1);
      }
    }

    @Override
    public void close() {
      db.close();
    }
  }
}
