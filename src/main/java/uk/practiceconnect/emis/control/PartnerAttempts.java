package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Single attempts at partner calls, each bounded by MicroProfile Fault Tolerance: a {@code Timeout}
 * per attempt (a backstop to the REST client's own read timeout) and a {@code Bulkhead} so a slow
 * EMIS cannot tie up every thread of the application. Whether to try again is {@link PartnerCalls}'
 * decision, not the interceptors'. Every failure leaves as a PartnerException.
 */
@ApplicationScoped
public class PartnerAttempts {

  static final int TIMEOUT_MS = 12000;
  static final int MAX_CONCURRENT = 100;

  @Timeout(TIMEOUT_MS)
  @Bulkhead(MAX_CONCURRENT)
  public JsonObject read(Supplier<String> call) {
    return attempt(call);
  }

  /** A call that changes the appointment book: its own bulkhead, so reads cannot crowd it out. */
  @Timeout(TIMEOUT_MS)
  @Bulkhead(MAX_CONCURRENT)
  public JsonObject change(Supplier<String> call) {
    return attempt(call);
  }

  private static JsonObject attempt(Supplier<String> call) {
    try {
      return PartnerReplies.ok(call.get());
    } catch (RuntimeException e) {
      throw PartnerFailures.of(e);
    }
  }
}
