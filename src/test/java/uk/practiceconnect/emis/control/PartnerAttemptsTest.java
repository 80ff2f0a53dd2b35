package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

/**
 * Which failures MP Fault Tolerance's {@code @Retry} on {@link PartnerAttempts} retries: what one
 * attempt throws, read against each method's annotation. (Replaces the hand-written RetryPolicy.)
 */
class PartnerAttemptsTest {

  static RuntimeException thrownBy(RuntimeException failure) {
    return assertThrows(
        RuntimeException.class,
        () ->
            PartnerAttempts.attempt(
                () -> {
                  throw failure;
                }));
  }

  static RuntimeException emisAnswered(PartnerOutcome o) {
    return thrownBy(new PartnerException(o, "x"));
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED"})
  void transientFailuresAreRetriedForReadsAndRepeatableChanges(PartnerOutcome o) {
    RuntimeException e = emisAnswered(o);
    assertInstanceOf(PartnerFailures.Retryable.class, e);
    assertEquals(o, PartnerFailures.of(e).outcome(), "unwrapped again by the caller");
    assertTrue(AnnotatedRetries.retries(AnnotatedRetries.retryOf("read"), e));
    assertTrue(AnnotatedRetries.retries(AnnotatedRetries.retryOf("repeatableChange"), e));
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED", "OK"},
      mode = EnumSource.Mode.EXCLUDE)
  void answersAboutTheSetUpOrTheRequestAbortRetrying(PartnerOutcome o) {
    RuntimeException e = emisAnswered(o);
    assertInstanceOf(PartnerException.class, e);
    assertFalse(AnnotatedRetries.retries(AnnotatedRetries.retryOf("read"), e), o.name());
    assertFalse(AnnotatedRetries.retries(AnnotatedRetries.retryOf("repeatableChange"), e));
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED"})
  void aBookingIsNeverRetriedWhateverHappened(PartnerOutcome o) {
    assertEquals(null, AnnotatedRetries.retryOf("oneShotChange"));
    var attempts = new AnnotatedRetries();
    assertThrows(
        RuntimeException.class,
        () ->
            attempts.oneShotChange(
                () -> {
                  throw new PartnerException(o, "x");
                }));
    assertEquals(1, attempts.attempts);
  }

  @Test
  void theClientsTimeoutsAndRefusedConnectionsAreRetried() {
    Retry read = AnnotatedRetries.retryOf("read");
    assertTrue(
        AnnotatedRetries.retries(
            read, thrownBy(new ProcessingException(new SocketTimeoutException("Read timed out")))));
    assertTrue(
        AnnotatedRetries.retries(
            read, thrownBy(new ProcessingException(new ConnectException("refused")))));
  }

  @Test
  void anAttemptCutShortByTheTimeoutInterceptorIsRetried() {
    assertTrue(AnnotatedRetries.retries(AnnotatedRetries.retryOf("read"), new TimeoutException()));
  }

  @Test
  void aFullBulkheadIsOurOwnRefusalAndIsNotRetried() {
    Retry read = AnnotatedRetries.retryOf("read");
    assertFalse(AnnotatedRetries.retries(read, new BulkheadException("full")));
    RuntimeException inside = thrownBy(new BulkheadException("full"));
    assertInstanceOf(PartnerFailures.LocalRejection.class, inside);
    assertFalse(AnnotatedRetries.retries(read, inside));
  }

  @Test
  void aChangeWithUnknownOutcomeIsNeverRetried() {
    var unknown = PartnerException.unknownOutcome(PartnerOutcome.TIMEOUT, "no answer");
    RuntimeException e = thrownBy(unknown);
    assertSame(unknown, e);
    assertFalse(AnnotatedRetries.retries(AnnotatedRetries.retryOf("repeatableChange"), e));
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "repeatableChange"})
  void threeAttemptsInAllThenTheFailureComesOut(String method) {
    var attempts = new AnnotatedRetries();
    var failing =
        (java.util.function.Supplier<String>)
            () -> {
              throw new PartnerException(PartnerOutcome.INTERNAL_ERROR, "x");
            };
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> {
              if (method.equals("read")) {
                attempts.read(failing);
              } else {
                attempts.repeatableChange(failing);
              }
            });
    assertEquals(3, attempts.attempts);
    assertEquals(PartnerOutcome.INTERNAL_ERROR, PartnerFailures.of(e).outcome());
  }
}
