package uk.practiceconnect.emis.control;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

/**
 * Every way a partner call can fail, as a {@link PartnerException}: EMIS's own answers, the HTTP
 * client's errors and the fault-tolerance interceptors' exceptions. "No answer" ({@code TIMEOUT})
 * is kept apart from "never sent" ({@code UNREACHABLE}): for a call that changes the appointment
 * book only the first may hide a change that happened ({@link #forChange}).
 */
final class PartnerFailures {

  /**
   * A transient failure of one attempt, thrown by {@link PartnerAttempts#attempt}: the type MP
   * Fault Tolerance's {@code @Retry} retries on ({@code retryOn}); every other failure is a {@link
   * PartnerException} and aborts retrying ({@code abortOn}). Not a PartnerException itself, so that
   * the two cannot be confused; {@link #of} unwraps it.
   */
  static final class Retryable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient PartnerException failure;

    Retryable(PartnerException failure) {
      super(failure.getMessage(), null, false, false);
      this.failure = failure;
    }
  }

  /**
   * Refused by Practice Connect itself before EMIS was asked (the bulkhead was full): says nothing
   * about the practice's EMIS, so it neither counts on the practice's circuit breaker nor is
   * retried.
   */
  static final class LocalRejection extends PartnerException {
    private static final long serialVersionUID = 1L;

    LocalRejection(String what) {
      super(PartnerOutcome.RATE_LIMITED, what);
    }
  }

  private PartnerFailures() {}

  /** Whether another attempt may succeed: EMIS was busy, failed or did not answer. */
  static boolean worthRetrying(PartnerException failure) {
    return failure.isTransient() && !(failure instanceof LocalRejection);
  }

  static PartnerException of(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof Retryable r) {
        return r.failure;
      }
      if (c instanceof PartnerException p) {
        return p;
      }
    }
    if (has(t, TimeoutException.class)
        || has(t, SocketTimeoutException.class)
        || has(t, HttpTimeoutException.class)) {
      return new PartnerException(PartnerOutcome.TIMEOUT, "EMIS did not answer in time");
    }
    if (has(t, BulkheadException.class)) {
      return new LocalRejection("Too many calls to EMIS at once from Practice Connect");
    }
    if (has(t, ConnectException.class)
        || has(t, UnknownHostException.class)
        || has(t, NoRouteToHostException.class)) {
      // the request never left: it cannot have changed anything
      return new PartnerException(PartnerOutcome.UNREACHABLE, "EMIS could not be reached");
    }
    if (has(t, ProcessingException.class)) { // sent, but the answer was lost on the way
      return new PartnerException(
          PartnerOutcome.TIMEOUT, "The connection to EMIS broke before an answer came");
    }
    return new PartnerException(
        PartnerOutcome.INTERNAL_ERROR,
        "The call to EMIS failed unexpectedly (" + t.getClass().getSimpleName() + ")");
  }

  /**
   * What a failure means for a change: a timeout or lost answer may hide a change that happened.
   */
  static PartnerException forChange(PartnerException e) {
    if (e.outcomeUnknown() || e.outcome() != PartnerOutcome.TIMEOUT) {
      return e;
    }
    return PartnerException.unknownOutcome(e.outcome(), e.emisError());
  }

  private static boolean has(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
