package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

class RetryPolicyTest {

  final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2));

  static PartnerException failure(PartnerOutcome o) {
    return new PartnerException(o, null);
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED"})
  void transientFailuresAreTriedAgainWithGrowingWaits(PartnerOutcome o) {
    assertEquals(Duration.ofMillis(200), policy.next(1, failure(o), true, 0.5).orElseThrow());
    assertEquals(Duration.ofMillis(400), policy.next(2, failure(o), true, 0.5).orElseThrow());
    assertTrue(policy.next(3, failure(o), true, 0.5).isEmpty(), "three attempts in all");
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED", "OK"},
      mode = EnumSource.Mode.EXCLUDE)
  void answersAboutTheSetUpOrTheRequestAreNeverRetried(PartnerOutcome o) {
    assertTrue(policy.next(1, failure(o), true, 0.5).isEmpty(), o.name());
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED"})
  void aBookingIsNeverRetriedWhateverHappened(PartnerOutcome o) {
    assertTrue(policy.next(1, failure(o), false, 0.5).isEmpty());
  }

  @Test
  void aChangeWithUnknownOutcomeIsNeverRetried() {
    var unknown = PartnerException.unknownOutcome(PartnerOutcome.TIMEOUT, "no answer");
    assertTrue(policy.next(1, unknown, true, 0.5).isEmpty());
  }

  @Test
  void jitterStaysWithinAQuarterEitherSide() {
    var f = failure(PartnerOutcome.TIMEOUT);
    assertEquals(Duration.ofMillis(150), policy.next(1, f, true, 0.0).orElseThrow());
    assertEquals(Duration.ofMillis(250), policy.next(1, f, true, 1.0).orElseThrow());
  }

  @Test
  void waitsAreCapped() {
    var longer = new RetryPolicy(10, Duration.ofMillis(500), 3.0, Duration.ofSeconds(2));
    assertEquals(
        Duration.ofSeconds(2),
        longer.next(5, failure(PartnerOutcome.TIMEOUT), true, 0.5).orElseThrow());
  }
}
