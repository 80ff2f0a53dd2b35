package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sms.control.SendDecisions.Expire;
import uk.practiceconnect.sms.control.SendDecisions.Fail;
import uk.practiceconnect.sms.control.SendDecisions.LookUp;
import uk.practiceconnect.sms.control.SendDecisions.MarkSent;
import uk.practiceconnect.sms.control.SendDecisions.Requeue;
import uk.practiceconnect.sms.control.SendDecisions.Send;
import uk.practiceconnect.sms.control.SendDecisions.Withdraw;
import uk.practiceconnect.sms.entity.DeliveryStatus;

class SendDecisionsTest {

  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  final SendDecisions rules = new SendDecisions(10);

  @Test
  void aFreshTextIsSent() {
    assertInstanceOf(Send.class, rules.onClaim(false, Optional.empty(), 1, NOW));
  }

  @Test
  void aTextThatMayHaveReachedNotifyIsLookedUpFirst() {
    assertInstanceOf(LookUp.class, rules.onClaim(true, Optional.empty(), 2, NOW));
  }

  @Test
  void evenAnExpiredTextIsLookedUpWhenItMayHaveGone() {
    assertInstanceOf(LookUp.class, rules.onClaim(true, Optional.of(NOW.minusSeconds(1)), 2, NOW));
  }

  @Test
  void foundAtNotifyMeansSentAndNeverSentAgain() {
    var step =
        rules.afterLookUp(
            NotifyAnswer.accepted("n-1", DeliveryStatus.DELIVERED), Optional.empty(), 2, NOW);
    assertEquals(new MarkSent("n-1", DeliveryStatus.DELIVERED), step);
  }

  @Test
  void notFoundAtNotifyMeansSendIt() {
    assertInstanceOf(
        Send.class, rules.afterLookUp(NotifyAnswer.notFound(), Optional.empty(), 2, NOW));
  }

  @Test
  void notFoundButTooLateMeansExpired() {
    assertInstanceOf(
        Expire.class,
        rules.afterLookUp(NotifyAnswer.notFound(), Optional.of(NOW.minusSeconds(60)), 2, NOW));
  }

  @Test
  void aFailedLookUpTriesAgainLaterStillNotKnowing() {
    Requeue r =
        assertInstanceOf(
            Requeue.class,
            rules.afterLookUp(NotifyAnswer.failure(500, null), Optional.empty(), 2, NOW));
    assertTrue(r.maybeSent());
    assertEquals(NOW.plusSeconds(20), r.at());
  }

  @Test
  void aTextPastItsSendByTimeIsNotSent() {
    assertInstanceOf(Expire.class, rules.onClaim(false, Optional.of(NOW), 1, NOW));
  }

  @Test
  void a429IsRetriedWithoutCountingAndPausesTheSender() {
    Requeue r =
        assertInstanceOf(
            Requeue.class,
            rules.afterSend(
                NotifyAnswer.failure(429, "{\"errors\":[{\"error\":\"RateLimitError\"}]}"),
                1,
                1,
                NOW));
    assertFalse(r.counted());
    assertFalse(r.maybeSent());
    assertEquals(NOW, r.at());
    assertEquals(Duration.ofSeconds(1), r.pauseSender());
  }

  @Test
  void repeated429sPauseLongerUpToAMinute() {
    assertEquals(Duration.ofSeconds(4), SendDecisions.throttlePause(3));
    assertEquals(Duration.ofSeconds(60), SendDecisions.throttlePause(30));
  }

  @Test
  void theDailyLimitHoldsTextsForAQuarterOfAnHour() {
    Requeue r =
        assertInstanceOf(
            Requeue.class,
            rules.afterSend(
                NotifyAnswer.failure(429, "{\"errors\":[{\"error\":\"TooManyRequestsError\"}]}"),
                1,
                1,
                NOW));
    assertEquals(NOW.plus(Duration.ofMinutes(15)), r.at());
    assertFalse(r.counted());
  }

  @Test
  void a500MayHaveBeenCreatedSoTheRetryLooksItUpFirst() {
    Requeue r =
        assertInstanceOf(
            Requeue.class, rules.afterSend(NotifyAnswer.failure(500, null), 3, 0, NOW));
    assertTrue(r.maybeSent());
    assertTrue(r.counted());
    assertEquals(NOW.plusSeconds(40), r.at());
  }

  @Test
  void noAnswerIsTreatedLikeA500() {
    Requeue r =
        assertInstanceOf(Requeue.class, rules.afterSend(NotifyAnswer.failure(0, null), 1, 0, NOW));
    assertTrue(r.maybeSent());
  }

  @Test
  void a400IsAFailureForGood() {
    assertInstanceOf(
        Fail.class,
        rules.afterSend(
            NotifyAnswer.failure(400, "{\"errors\":[{\"error\":\"ValidationError\"}]}"),
            1,
            0,
            NOW));
  }

  @Test
  void a403HoldsTheTextWithoutCountingIt() {
    Requeue r =
        assertInstanceOf(
            Requeue.class, rules.afterSend(NotifyAnswer.failure(403, null), 1, 0, NOW));
    assertFalse(r.counted());
    assertEquals(NOW.plus(Duration.ofMinutes(5)), r.at());
  }

  @Test
  void a401IsAKeyProblemLikeA403NotAMaybeSent() {
    NotifyAnswer answer =
        NotifyAnswer.failure(401, "{\"errors\":[{\"error\":\"AuthError\"}],\"status_code\":401}");
    assertEquals(NotifyAnswer.Kind.UNAUTHORISED, answer.kind());
    assertTrue(answer.certainlyNotCreated());
    Requeue r = assertInstanceOf(Requeue.class, rules.afterSend(answer, 1, 0, NOW));
    assertFalse(r.maybeSent(), "a 401 never created the text: no look-up needed");
    assertFalse(r.counted());
    assertEquals(NOW.plus(Duration.ofMinutes(5)), r.at());
  }

  @Test
  void aWithdrawnTextThatNoAttemptTouchedIsWithdrawnNotSent() {
    assertEquals(
        new Withdraw("cancelled"),
        rules.onClaim(false, Optional.empty(), 1, NOW, Optional.of("cancelled")));
  }

  @Test
  void aWithdrawnTextThatMayBeAtNotifyIsLookedUpAndWithdrawnOnlyIfNotifyLacksIt() {
    assertInstanceOf(
        LookUp.class, rules.onClaim(true, Optional.empty(), 2, NOW, Optional.of("cancelled")));
    assertEquals(
        new Withdraw("cancelled"),
        rules.afterLookUp(
            NotifyAnswer.notFound(), Optional.empty(), 2, NOW, Optional.of("cancelled")));
    assertEquals(
        new MarkSent("n-1", DeliveryStatus.SENDING),
        rules.afterLookUp(
            NotifyAnswer.accepted("n-1", DeliveryStatus.SENDING),
            Optional.empty(),
            2,
            NOW,
            Optional.of("cancelled")));
  }

  @Test
  void givesUpAfterTheMaximumNumberOfUncertainAttempts() {
    assertInstanceOf(
        Fail.class, rules.afterLookUp(NotifyAnswer.notFound(), Optional.empty(), 11, NOW));
    assertInstanceOf(
        Send.class, rules.afterLookUp(NotifyAnswer.notFound(), Optional.empty(), 10, NOW));
  }

  @Test
  void backsOffExponentiallyUpToTenMinutes() {
    assertEquals(Duration.ofSeconds(10), SendDecisions.backoff(1));
    assertEquals(Duration.ofSeconds(80), SendDecisions.backoff(4));
    assertEquals(Duration.ofMinutes(10), SendDecisions.backoff(9));
  }

  @Test
  void storesNotifysErrorNamesNeverItsMessages() {
    NotifyAnswer a =
        NotifyAnswer.failure(
            400,
            "Status code: 400 {\"errors\":[{\"error\":\"ValidationError\",\"message\":\"phone_number"
                + " 07700 900123 is not valid\"}],\"status_code\":400}");
    assertEquals("Notify answered 400 ValidationError", a.detail());
    assertFalse(a.detail().contains("07700"));
  }
}
