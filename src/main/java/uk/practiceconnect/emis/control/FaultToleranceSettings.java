package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Checks at start-up that the partner calls' timeouts fit together: MicroProfile Fault Tolerance's
 * per-attempt {@code @Timeout} on {@link PartnerAttempts} is a backstop, so it must exceed the REST
 * client's connect and read timeouts together; if it were shorter it would cut every slow but
 * healthy answer short and the REST client's own timeouts would never apply. A mismatch stops the
 * start with a message naming the keys. Also warns about the retry keys that were replaced when
 * retrying moved to MP FT.
 */
@ApplicationScoped
public class FaultToleranceSettings {

  private static final Logger LOG = Logger.getLogger(FaultToleranceSettings.class.getName());

  static final String CONNECT_TIMEOUT = "emis-partner/mp-rest/connectTimeout";
  static final String READ_TIMEOUT = "emis-partner/mp-rest/readTimeout";

  /** MP FT's key for the class-level {@code @Timeout}, and its global fallback. */
  static final String ATTEMPT_TIMEOUT = PartnerAttempts.class.getName() + "/Timeout/value";

  static final String GLOBAL_TIMEOUT = "Timeout/value";

  /** Keys of the hand-written retry that MP FT's {@code @Retry} replaced. */
  static final List<String> REPLACED =
      List.of("emis.partner.retry.max-attempts", "emis.partner.retry.first-delay-ms");

  @Inject Config config;

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long connect = millis(CONNECT_TIMEOUT).orElse(0L);
    long read = millis(READ_TIMEOUT).orElse(0L);
    long attempt =
        millis(ATTEMPT_TIMEOUT).or(() -> millis(GLOBAL_TIMEOUT)).orElse(PartnerAttempts.TIMEOUT_MS);
    problem(connect, read, attempt)
        .ifPresent(
            p -> {
              throw new IllegalStateException(p);
            });
    for (String key : REPLACED) {
      if (config.getOptionalValue(key, String.class).isPresent()) {
        LOG.warning(
            () ->
                key
                    + " is no longer read: partner calls are retried by MicroProfile Fault"
                    + " Tolerance; set emis.partner.retry.max-retries, .delay-ms and .jitter-ms");
      }
    }
    LOG.info(
        () ->
            "EMIS partner calls: connect "
                + connect
                + " ms, read "
                + read
                + " ms, each attempt at most "
                + attempt
                + " ms (MP Fault Tolerance)");
  }

  /** What is wrong with these timeouts (milliseconds; 0 = not set), or empty. */
  static Optional<String> problem(long connectMs, long readMs, long attemptMs) {
    if (attemptMs <= 0) {
      return Optional.of(ATTEMPT_TIMEOUT + " must be positive (emis.partner.attempt-timeout-ms)");
    }
    if (attemptMs <= connectMs + readMs) {
      return Optional.of(
          "emis.partner.attempt-timeout-ms ("
              + ATTEMPT_TIMEOUT
              + " = "
              + attemptMs
              + ") must be longer than "
              + CONNECT_TIMEOUT
              + " + "
              + READ_TIMEOUT
              + " ("
              + connectMs
              + " + "
              + readMs
              + " ms): it is the backstop to the REST client's own timeouts");
    }
    return Optional.empty();
  }

  private Optional<Long> millis(String key) {
    return config.getOptionalValue(key, Long.class);
  }
}
