package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.control.ScratchDatabase;

/**
 * A planning run shared out between instances, as its SQL runs (PlanningLease, PlanStore) on a real
 * H2 and a real PostgreSQL: several instances walking the same run plan each practice exactly once;
 * a practice planned since the run began is left alone in that run but planned again in the next;
 * the run's figures count every instance's work.
 */
class PlanningRunSqlTest {

  static final Instant RUN = Instant.parse("2027-03-10T09:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(5);

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void threeInstancesWalkingOneRunPlanEachPracticeOnce(String kind) throws Exception {
    try (ScratchDatabase db = ScratchDatabase.migrated(kind, "planning-run")) {
      List<Long> practices = practices(db, 60);
      Map<Long, String> plannedBy = new ConcurrentHashMap<>();
      AtomicInteger twice = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> walks = new ArrayList<>();
      for (String instance : List.of("plan-a", "plan-b", "plan-c")) {
        walks.add(
            pool.submit(
                () -> {
                  go.await();
                  try (Connection c = db.connect()) {
                    for (Long p : practices) { // every instance walks every practice, in order
                      if (take(c, p, instance, RUN.plusSeconds(1), RUN)) {
                        if (plannedBy.putIfAbsent(p, instance) != null) {
                          twice.incrementAndGet();
                        }
                        release(c, p, instance, RUN.plusSeconds(2), 5, 1);
                      }
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> w : walks) {
        w.get();
      }
      pool.shutdown();
      assertEquals(0, twice.get(), "practices planned twice in one run");
      assertEquals(practices.size(), plannedBy.size(), "practices left unplanned");
      try (Connection c = db.connect()) {
        assertFalse(stillPlanning(c, RUN.plusSeconds(3)));
        assertEquals(List.of(60L, 60L, 0L, 300L, 60L), counts(c, RUN));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aPracticePlannedSinceTheRunBeganWaitsForTheNextRun(String kind) throws Exception {
    try (ScratchDatabase db = ScratchDatabase.migrated(kind, "planning-next-run");
        Connection c = db.connect()) {
      Long p = practices(db, 1).get(0);
      assertTrue(take(c, p, "plan-a", RUN.plusSeconds(1), RUN));
      assertFalse(take(c, p, "plan-b", RUN.plusSeconds(2), RUN), "leased: being planned");
      assertTrue(stillPlanning(c, RUN.plusSeconds(2)), "the run is not over while a is at it");
      release(c, p, "plan-a", RUN.plusSeconds(3), 7, 2);
      assertFalse(take(c, p, "plan-b", RUN.plusSeconds(4), RUN), "planned in this run already");
      assertEquals(List.of(1L, 1L, 0L, 7L, 2L), counts(c, RUN));
      Instant next = RUN.plus(Duration.ofMinutes(15));
      assertTrue(take(c, p, "plan-b", next.plusSeconds(1), next), "the next run plans it again");
      releaseFailed(c, p, "plan-b", next.plusSeconds(2));
      assertEquals(List.of(1L, 0L, 1L, 0L, 0L), counts(c, next), "a failure counts as failed");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aPracticeLeftLeasedByADeadInstanceIsTakenOnceTheLeaseRunsOut(String kind) throws Exception {
    try (ScratchDatabase db = ScratchDatabase.migrated(kind, "planning-dead");
        Connection c = db.connect()) {
      Long p = practices(db, 1).get(0);
      assertTrue(take(c, p, "plan-dead", RUN.plusSeconds(1), RUN)); // ... and it is killed
      assertFalse(take(c, p, "plan-b", RUN.plus(LEASE), RUN));
      assertTrue(take(c, p, "plan-b", RUN.plus(LEASE).plusSeconds(2), RUN));
    }
  }

  static List<Long> practices(ScratchDatabase db, int n) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = db.connect()) {
      for (int i = 0; i < n; i++) {
        String ods = String.format("P%05d", i);
        c.createStatement()
            .execute(
                "insert into practice (ods_code, name, created_at) values ('"
                    + ods
                    + "', 'Test', current_timestamp)");
        long id;
        try (ResultSet r =
            c.createStatement()
                .executeQuery("select id from practice where ods_code = '" + ods + "'")) {
          r.next();
          id = r.getLong(1);
        }
        c.createStatement()
            .execute(
                "insert into reminder_settings (practice_id, enabled, offsets, window_start,"
                    + " window_end, template, cancel_cutoff_minutes) values ("
                    + id
                    + ", true, 'PT24H', time '09:00', time '18:00', 'Reminder', 60)");
        ids.add(id);
      }
    }
    return ids;
  }

  static boolean take(Connection c, Long practice, String owner, Instant now, Instant run)
      throws SQLException {
    return update(
            c,
            PlanningLease.TAKE,
            Map.of(
                "owner", owner,
                "until", now.plus(LEASE),
                "practice", practice,
                "now", now,
                "run", run))
        == 1;
  }

  static void release(
      Connection c, Long practice, String owner, Instant now, int reminders, int notPlanned)
      throws SQLException {
    Map<String, Object> p = new HashMap<>(releaseParams(practice, owner, now));
    p.put("reminders", reminders);
    p.put("notPlanned", notPlanned);
    assertEquals(1, update(c, PlanningLease.release(true), p));
  }

  static void releaseFailed(Connection c, Long practice, String owner, Instant now)
      throws SQLException {
    assertEquals(1, update(c, PlanningLease.release(false), releaseParams(practice, owner, now)));
  }

  static Map<String, Object> releaseParams(Long practice, String owner, Instant now) {
    return Map.of("now", now, "result", "planned", "practice", practice, "owner", owner);
  }

  static boolean stillPlanning(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s =
            ScratchDatabase.prepare(
                c, PlanStore.STILL_PLANNING_IN_RUN, Map.of("now", now, "run", RUN));
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  /** practices, planned, failed, reminders, not planned (then the last planned, not compared) */
  static List<Long> counts(Connection c, Instant run) throws SQLException {
    try (PreparedStatement s =
            ScratchDatabase.prepare(c, PlanStore.RUN_COUNTS, Map.of("run", run));
        ResultSet r = s.executeQuery()) {
      r.next();
      List<Long> row = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        row.add(r.getLong(i));
      }
      return row;
    }
  }

  static int update(Connection c, String sql, Map<String, Object> params) throws SQLException {
    try (PreparedStatement s = ScratchDatabase.prepare(c, sql, params)) {
      return s.executeUpdate();
    }
  }
}
