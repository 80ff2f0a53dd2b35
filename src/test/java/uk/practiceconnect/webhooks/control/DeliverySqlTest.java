package uk.practiceconnect.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.control.ScratchDatabase;

/**
 * The sender's claim SQL as {@link DeliveryClaims} runs it, on H2 (always) and PostgreSQL (when one
 * answers on 127.0.0.1:5432, in a schema of its own): only the oldest unfinished delivery of each
 * endpoint is claimable, so a later event waits for an earlier one that is being retried.
 */
class DeliverySqlTest {

  static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void eachEndpointGetsItsEventsOneAtATimeInOrder(String kind) throws Exception {
    Db db = Db.open(kind);
    try (Connection c = db.connect()) {
      long practice = db.practice(c);
      long a = db.endpoint(c, practice, "a");
      long b = db.endpoint(c, practice, "b");
      long a1 = db.delivery(c, practice, a, NOW.minusSeconds(30));
      long b1 = db.delivery(c, practice, b, NOW.minusSeconds(20));
      long a2 = db.delivery(c, practice, a, NOW.minusSeconds(10));
      assertEquals(List.of(a1, b1), claimable(c), "a2 waits for a1");

      // a1 fails and waits for its retry: a2 still waits behind it
      exec(c, "update webhook_delivery set next_try_at = ? where id = ?", NOW.plusSeconds(5), a1);
      assertEquals(List.of(b1), claimable(c));
      // being sent (claimed elsewhere) holds a2 back too
      exec(c, "update webhook_delivery set state = 'SENDING' where id = ?", a1);
      assertEquals(List.of(b1), claimable(c));
      exec(c, "update webhook_delivery set state = 'DELIVERED' where id = ?", a1);
      assertEquals(List.of(b1, a2), claimable(c), "then a2 goes");
      assertEquals(List.of(a2), nextOf(c, a), "the endpoint's own next one");
      assertEquals(0, recover(c), "nothing is being sent: nothing to recover");
      exec(c, "update webhook_endpoint set enabled = false where id = ?", b);
      assertEquals(List.of(a2), claimable(c), "nothing goes to a switched-off endpoint");
    } finally {
      db.close();
    }
  }

  private static List<Long> claimable(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement s =
        c.prepareStatement(DeliveryClaims.CLAIM_SELECT.replace(":now", "?").replace(":max", "?"))) {
      s.setObject(1, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      s.setInt(2, 10);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    } finally {
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private static List<Long> nextOf(Connection c, long endpoint) throws SQLException {
    String sql = DeliveryClaims.NEXT_OF_ENDPOINT.replace(":endpoint", "?").replace(":now", "?");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, endpoint);
      s.setObject(2, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    }
  }

  /** The lease recovery as the sender runs it: rows changed. */
  private static int recover(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(DeliveryClaims.RECOVER.replace(":now", "?"))) {
      s.setObject(1, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      s.setObject(2, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      return s.executeUpdate();
    }
  }

  private static void exec(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object v = params[i];
        s.setObject(
            i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
      }
      s.executeUpdate();
    }
  }

  /** A fresh database with the application's migrations. */
  record Db(ScratchDatabase db) {

    static Db open(String kind) {
      return new Db(ScratchDatabase.migrated(kind, "webhooks"));
    }

    Connection connect() throws SQLException {
      return db.connect();
    }

    void close() {
      db.close();
    }

    long practice(Connection c) throws SQLException {
      exec(
          c, "insert into practice (ods_code, name, created_at) values ('Z99998', 'Test', ?)", NOW);
      return id(c, "select id from practice where ods_code = 'Z99998'");
    }

    long endpoint(Connection c, long practice, String name) throws SQLException {
      exec(
          c,
          "insert into webhook_endpoint (public_id, practice_id, url, events, secret_key_id,"
              + " secret_sealed, enabled, created_at, created_by)"
              + " values (?, ?, ?, 'booking.confirmed', 'k', 's', true, ?, 'test')",
          "ep_" + name,
          practice,
          "https://" + name + ".example/",
          NOW);
      return id(c, "select id from webhook_endpoint where public_id = 'ep_" + name + "'");
    }

    long delivery(Connection c, long practice, long endpoint, Instant due) throws SQLException {
      String message = "msg_" + System.nanoTime();
      exec(
          c,
          "insert into webhook_event (message_id, practice_id, type, occurred_at, body)"
              + " values (?, ?, 'BOOKING_CONFIRMED', ?, '{}')",
          message,
          practice,
          due);
      long event = id(c, "select id from webhook_event where message_id = '" + message + "'");
      exec(
          c,
          "insert into webhook_delivery (event_id, endpoint_id, state, tries, queued_at,"
              + " next_try_at) values (?, ?, 'PENDING', 0, ?, ?)",
          event,
          endpoint,
          due,
          due);
      return id(c, "select max(id) from webhook_delivery");
    }

    private static long id(Connection c, String sql) throws SQLException {
      try (ResultSet r = c.createStatement().executeQuery(sql)) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
