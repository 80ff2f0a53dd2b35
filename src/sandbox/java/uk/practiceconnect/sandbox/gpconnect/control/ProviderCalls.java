package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;

/**
 * How many FHIR calls each provider has been sent, by interaction, since its last reset: lets a
 * benchmark say where a booking's time goes (how many round trips to the GP system it costs)
 * without reading logs. In memory; counted before any check, so refused calls count too. Beside the
 * counts, who asked (the audit token's {@code sub}) for the calls let in, as a provider's audit
 * trail keeps the requesting practitioner.
 */
@ApplicationScoped
public class ProviderCalls {

  private final Map<String, Map<Interaction, LongAdder>> counts = new ConcurrentHashMap<>();
  private final Map<String, Map<Interaction, Set<String>>> askers = new ConcurrentHashMap<>();

  public void count(String ods, Interaction interaction) {
    counts
        .computeIfAbsent(ods, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(interaction, i -> new LongAdder())
        .increment();
  }

  /** A call let in, made for this practitioner (the token's subject). */
  public void askedBy(String ods, Interaction interaction, String subject) {
    askers
        .computeIfAbsent(ods, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(interaction, i -> ConcurrentHashMap.newKeySet())
        .add(subject);
  }

  /** Who asked for the provider's calls, by interaction name, each set in name order. */
  public Map<String, Set<String>> askers(String ods) {
    Map<String, Set<String>> out = new TreeMap<>();
    askers.getOrDefault(ods, Map.of()).forEach((i, who) -> out.put(i.name(), new TreeSet<>(who)));
    return out;
  }

  /** The provider's counts by interaction name (only interactions called at least once). */
  public Map<String, Long> of(String ods) {
    Map<String, Long> out = new TreeMap<>();
    counts.getOrDefault(ods, Map.of()).forEach((i, n) -> out.put(i.name(), n.sum()));
    return out;
  }

  public void clear(String ods) {
    counts.remove(ods);
    askers.remove(ods);
  }

  public void clearAll() {
    counts.clear();
    askers.clear();
  }
}
