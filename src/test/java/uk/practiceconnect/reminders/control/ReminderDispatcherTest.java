package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.reminders.control.HandOverStore.DueRef;
import uk.practiceconnect.reminders.control.HandOverStore.Result;
import uk.practiceconnect.reminders.control.ReminderPlanning.Outcome;
import uk.practiceconnect.reminders.entity.ReminderRule;

/** The hand-over's order of work: a fresh plan first, then batches, one bad reminder isolated. */
class ReminderDispatcherTest {

  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  static final Practice PRACTICE =
      new Practice(new OdsCode("A81001"), new PracticeName("Riverside Surgery"), NOW);

  final List<String> events = new ArrayList<>();
  List<Long> due = List.of(1L, 2L, 3L);
  Instant lastPlanned = NOW.minusSeconds(30);
  Outcome.Result planResult = Outcome.Result.PLANNED;
  Long failsAlone = null;

  ReminderDispatcher dispatcher() {
    ReminderDispatcher d = new ReminderDispatcher();
    d.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    d.freshPlanSeconds = 120;
    d.planning =
        new ReminderPlanning() {
          @Override
          public Outcome planBeforeSending(Long practiceId) {
            events.add("planned");
            return new Outcome("A81001", planResult, null, "");
          }

          @Override
          public <T> List<T> forEach(List<Long> practiceIds, Function<Long, T> work) {
            return practiceIds.stream().map(work).toList();
          }
        };
    d.plans =
        new PlanStore() {
          @Override
          public Optional<Prepared> prepare(Long practiceId) {
            return Optional.of(new Prepared(PRACTICE, ReminderRule.DEFAULT.withEnabled(true)));
          }
        };
    d.store =
        new HandOverStore() {
          @Override
          public List<Long> practicesWithDue(Instant now, long afterPracticeId, int max) {
            return afterPracticeId == 0 ? List.of(7L) : List.of();
          }

          @Override
          public Optional<Instant> lastPlannedAt(Long practiceId) {
            return Optional.ofNullable(lastPlanned);
          }

          @Override
          public List<DueRef> due(Long practiceId, Instant now, DueRef after, int max) {
            return due.stream()
                .filter(id -> id > after.id())
                .map(id -> new DueRef(id, NOW))
                .toList();
          }

          @Override
          public Map<Result, Integer> handOverAll(
              List<Long> ids, String practiceName, ReminderRule rule, Instant now) {
            if (failsAlone != null && ids.contains(failsAlone)) {
              events.add("batch rolled back");
              throw new IllegalArgumentException("A text message is at most 918 characters");
            }
            events.add("batch " + ids);
            Map<Result, Integer> m = new EnumMap<>(Result.class);
            m.put(Result.HANDED_OVER, ids.size());
            return m;
          }

          @Override
          public Result handOver(long id, String practiceName, ReminderRule rule, Instant now) {
            if (failsAlone != null && id == failsAlone) {
              throw new IllegalArgumentException("A text message is at most 918 characters");
            }
            events.add("alone " + id);
            return Result.HANDED_OVER;
          }

          @Override
          public void failed(long reminderId, Instant now) {
            events.add("marked not sent " + reminderId);
          }
        };
    return d;
  }

  @Test
  void aFreshlyPlannedPracticeIsHandedOverInOneBatch() {
    var report = dispatcher().run();
    assertEquals(3, report.handedOver());
    assertEquals(List.of("batch [1, 2, 3]"), events);
  }

  @Test
  void aPracticePlannedLongerAgoThanTheLimitIsPlannedAgainFirst() {
    lastPlanned = NOW.minusSeconds(121);
    dispatcher().run();
    assertEquals(List.of("planned", "batch [1, 2, 3]"), events);
  }

  @Test
  void aPracticeBeingPlannedRightNowWaitsForTheNextRound() {
    lastPlanned = null;
    planResult = Outcome.Result.SKIPPED_BUSY;
    assertEquals(0, dispatcher().run().handedOver());
    assertEquals(List.of("planned"), events);
  }

  @Test
  void oneReminderThatCannotBeHandedOverIsMarkedNotSentAndTheOthersStillGo() {
    failsAlone = 2L;
    var report = dispatcher().run();
    assertEquals(2, report.handedOver());
    assertEquals(1, report.failed());
    assertEquals(List.of("batch rolled back", "alone 1", "marked not sent 2", "alone 3"), events);
  }
}
