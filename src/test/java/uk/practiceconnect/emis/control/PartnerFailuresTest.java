package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.platform.entity.ErrorCode;

class PartnerFailuresTest {

  @Test
  void partnerExceptionsPassThroughEvenWhenWrapped() {
    var e = new PartnerException(PartnerOutcome.SLOT_NOT_FREE, "taken");
    assertSame(e, PartnerFailures.of(e));
    assertSame(e, PartnerFailures.of(new RuntimeException(new IllegalStateException(e))));
    assertSame(e, PartnerFailures.of(new PartnerFailures.Retryable(e)));
  }

  @Test
  void theInterceptorsTimeoutIsATimeout() {
    assertEquals(PartnerOutcome.TIMEOUT, PartnerFailures.of(new TimeoutException()).outcome());
  }

  @Test
  void aReadTimeoutIsATimeout() {
    var e = new ProcessingException(new SocketTimeoutException("Read timed out"));
    assertEquals(PartnerOutcome.TIMEOUT, PartnerFailures.of(e).outcome());
  }

  @Test
  void aRefusedConnectionIsUnreachable() {
    var e = new ProcessingException(new ConnectException("Connection refused"));
    assertEquals(PartnerOutcome.UNREACHABLE, PartnerFailures.of(e).outcome());
  }

  @Test
  void aConnectionLostMidCallIsAnAnswerThatNeverCame() {
    var e = new ProcessingException(new IOException("Connection reset"));
    assertEquals(PartnerOutcome.TIMEOUT, PartnerFailures.of(e).outcome());
  }

  @Test
  void aFullBulkheadIsOurOwnRefusalNotEmisBeingBusy() {
    var e = PartnerFailures.of(new BulkheadException("full"));
    assertTrue(e instanceof PartnerFailures.LocalRejection, e.toString());
    assertEquals(PartnerOutcome.RATE_LIMITED, e.outcome());
    assertEquals(ErrorCode.RATE_LIMITED, e.code(), "429 to a REST caller");
    assertFalse(PartnerFailures.worthRetrying(e));
    assertTrue(
        PartnerFailures.worthRetrying(new PartnerException(PartnerOutcome.RATE_LIMITED, "")));
  }

  @Test
  void aChangeThatGotNoAnswerHasAnUnknownOutcome() {
    var unknown =
        PartnerFailures.forChange(new PartnerException(PartnerOutcome.TIMEOUT, "no answer"));
    assertTrue(unknown.outcomeUnknown());
    assertFalse(unknown.isTransient(), "the caller must reconcile, not retry");
    assertEquals(ErrorCode.EMIS_OUTCOME_UNKNOWN, unknown.code());
    assertTrue(unknown.getMessage().contains("check the appointment book"));
  }

  @Test
  void aChangeThatNeverLeftOrWasRefusedHasAKnownOutcome() {
    for (PartnerOutcome o :
        new PartnerOutcome[] {
          PartnerOutcome.UNREACHABLE, PartnerOutcome.INTERNAL_ERROR, PartnerOutcome.SLOT_NOT_FREE
        }) {
      assertFalse(
          PartnerFailures.forChange(new PartnerException(o, null)).outcomeUnknown(), o.name());
    }
  }
}
