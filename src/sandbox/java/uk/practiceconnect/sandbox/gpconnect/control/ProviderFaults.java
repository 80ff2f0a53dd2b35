package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * Latency and errors injected per provider, in memory (the admin face sets them; a reset clears
 * them): every FHIR call of the provider waits {@code latencyMs} (for benchmarks, e.g. 50 ms), and
 * the given share of calls then fails with INTERNAL_SERVER_ERROR (500).
 */
@ApplicationScoped
public class ProviderFaults {

  public static final int MAX_LATENCY_MS = 60_000;

  /** The fault of one provider. */
  public record Fault(int latencyMs, double errorRate) {
    public Fault {
      if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
        throw SpineError.BAD_REQUEST.failure("latencyMs must be between 0 and " + MAX_LATENCY_MS);
      }
      if (!(errorRate >= 0 && errorRate <= 1)) {
        throw SpineError.BAD_REQUEST.failure("errorRate must be between 0 and 1");
      }
    }
  }

  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final DoubleSupplier draw;

  public ProviderFaults() {
    this(() -> ThreadLocalRandom.current().nextDouble());
  }

  ProviderFaults(DoubleSupplier draw) {
    this.draw = draw;
  }

  public void put(String ods, Fault fault) {
    faults.put(ods, fault);
  }

  public Map<String, Fault> all() {
    return Map.copyOf(faults);
  }

  public void clear(String ods) {
    faults.remove(ods);
  }

  public void clearAll() {
    faults.clear();
  }

  /** Waits as long as the provider's latency says, then fails the call if its dice say so. */
  public void apply(String ods) {
    Fault fault = faults.get(ods);
    if (fault == null) {
      return;
    }
    if (fault.latencyMs() > 0) {
      try {
        Thread.sleep(fault.latencyMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (draw.getAsDouble() < fault.errorRate()) {
      throw SpineError.INTERNAL_SERVER_ERROR.failure("Fault injected by the sandbox's admin face");
    }
  }
}
