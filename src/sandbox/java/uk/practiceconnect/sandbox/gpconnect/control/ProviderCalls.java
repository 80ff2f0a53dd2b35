package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;

/**
 * How many FHIR calls each provider has been sent, by interaction, since its last reset: lets a
 * benchmark say where a booking's time goes (how many round trips to the GP system it costs)
 * without reading logs. In memory; counted before any check, so refused calls count too.
 */
@ApplicationScoped
public class ProviderCalls {

  private final Map<String, Map<Interaction, LongAdder>> counts = new ConcurrentHashMap<>();

  public void count(String ods, Interaction interaction) {
    counts
        .computeIfAbsent(ods, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(interaction, i -> new LongAdder())
        .increment();
  }

  /** The provider's counts by interaction name (only interactions called at least once). */
  public Map<String, Long> of(String ods) {
    Map<String, Long> out = new TreeMap<>();
    counts.getOrDefault(ods, Map.of()).forEach((i, n) -> out.put(i.name(), n.sum()));
    return out;
  }

  public void clear(String ods) {
    counts.remove(ods);
  }

  public void clearAll() {
    counts.clear();
  }
}
