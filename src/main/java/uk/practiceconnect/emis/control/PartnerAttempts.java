package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import uk.practiceconnect.emis.entity.PartnerException;

/**
 * Partner calls under MicroProfile Fault Tolerance, one method per way a call may be repeated:
 *
 * <ul>
 *   <li>{@link #read} and {@link #repeatableChange} (a cancel, the connection test's probes: doing
 *       it twice is the same as once) are retried by MP FT's {@code @Retry} after a transient
 *       failure only — EMIS busy or failing (outcomes 17, 18), no answer, not reachable — with a
 *       delay and jitter, so many callers do not retry in step;
 *   <li>{@link #oneShotChange} (BookAppointment) has no {@code @Retry}: a booking that got no
 *       answer may have happened, so it is never sent twice.
 * </ul>
 *
 * Every attempt is bounded by a {@code @Timeout} (a backstop to the REST client's own connect and
 * read timeouts, so it must exceed both together: {@link FaultToleranceSettings} checks that at
 * start-up) and a {@code @Bulkhead} per method, so a slow EMIS cannot tie up every thread and reads
 * cannot crowd out changes. All of them are set through MP FT's standard configuration keys ({@code
 * uk.practiceconnect.emis.control.PartnerAttempts/read/Retry/maxRetries}, {@code
 * .../PartnerAttempts/Timeout/value}, ...), which {@code microprofile-config.properties} maps from
 * our {@code emis.partner.*} keys.
 *
 * <p>The retry decision rests on the exception type: an attempt that failed transiently throws
 * {@link PartnerFailures.Retryable}; every other answer leaves as a {@link PartnerException}, which
 * aborts retrying. A full bulkhead is not retried either: it is our own refusal, not EMIS's.
 * Callers turn whatever leaves into a PartnerException with {@link PartnerFailures#of}.
 */
@ApplicationScoped
@Timeout(PartnerAttempts.TIMEOUT_MS)
@Bulkhead(PartnerAttempts.MAX_CONCURRENT)
public class PartnerAttempts {

  /** Per attempt; defaults to more than the REST client's connectTimeout + readTimeout. */
  static final long TIMEOUT_MS = 12_500;

  static final int MAX_CONCURRENT = 100;

  /** Two retries: three attempts in all. */
  static final int MAX_RETRIES = 2;

  static final long DELAY_MS = 200;
  static final long JITTER_MS = 100;

  /** No retry starts after this long; the attempt under way still has its own timeout. */
  static final long MAX_DURATION_MS = 30_000;

  @Retry(
      maxRetries = MAX_RETRIES,
      delay = DELAY_MS,
      jitter = JITTER_MS,
      maxDuration = MAX_DURATION_MS,
      retryOn = {PartnerFailures.Retryable.class, TimeoutException.class},
      abortOn = {PartnerException.class, BulkheadException.class})
  public JsonObject read(Supplier<String> call) {
    return attempt(call);
  }

  /** A change that is the same done twice (a cancel; a probe that cannot change anything). */
  @Retry(
      maxRetries = MAX_RETRIES,
      delay = DELAY_MS,
      jitter = JITTER_MS,
      maxDuration = MAX_DURATION_MS,
      retryOn = {PartnerFailures.Retryable.class, TimeoutException.class},
      abortOn = {PartnerException.class, BulkheadException.class})
  public JsonObject repeatableChange(Supplier<String> call) {
    return attempt(call);
  }

  /** A change tried once, whatever happens: deliberately no {@code @Retry}. */
  public JsonObject oneShotChange(Supplier<String> call) {
    return attempt(call);
  }

  /** One call; a transient failure leaves as {@link PartnerFailures.Retryable}. */
  static JsonObject attempt(Supplier<String> call) {
    try {
      return PartnerReplies.ok(call.get());
    } catch (RuntimeException e) {
      PartnerException failure = PartnerFailures.of(e);
      throw PartnerFailures.worthRetrying(failure)
          ? new PartnerFailures.Retryable(failure)
          : failure;
    }
  }
}
