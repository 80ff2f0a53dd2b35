package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import uk.practiceconnect.sandbox.emis.entity.Fault;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The faults tests inject into partner calls, in memory. The most specific fault wins: one call of
 * one organisation, then all calls of the organisation, then one call of every organisation, then
 * all calls of every organisation. Each fault counts the calls it decided ({@code applied}), so a
 * test can see how often the application tried a call.
 */
@ApplicationScoped
public class FaultPlan {

  /** What happens to one call. */
  public record Decision(Kind kind, int latencyMs) {
    public static final Decision NONE = new Decision(Kind.PASS, 0);
  }

  public enum Kind {
    PASS,
    ERROR,
    TIMEOUT,
    RATE_LIMITED
  }

  /** A fault as the admin face lists it: with the number of calls it has decided so far. */
  public record Applied(
      String call,
      String organisationId,
      int latencyMs,
      double errorRate,
      double timeoutRate,
      double rateLimitRate,
      long applied) {

    static Applied of(Fault f, long applied) {
      return new Applied(
          f.call(),
          f.organisationId(),
          f.latencyMs(),
          f.errorRate(),
          f.timeoutRate(),
          f.rateLimitRate(),
          applied);
    }
  }

  private record Key(String call, String organisationId) {}

  private record Entry(Fault fault, AtomicLong applied) {}

  private final Map<Key, Entry> faults = new ConcurrentHashMap<>();
  private final DoubleSupplier draw;

  public FaultPlan() {
    this(() -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param draw uniform numbers in [0, 1), for tests to decide the dice
   */
  public FaultPlan(DoubleSupplier draw) {
    this.draw = draw;
  }

  /**
   * Sets the fault for a call (by its EMIS name, any case) or for all calls ("*"), of one
   * organisation or of all; its count starts at 0.
   */
  public Fault put(Fault fault) {
    String call = canonicalCall(fault.call());
    Fault stored =
        new Fault(
            call,
            fault.organisationId(),
            fault.latencyMs(),
            fault.errorRate(),
            fault.timeoutRate(),
            fault.rateLimitRate());
    faults.put(new Key(call, stored.organisationId()), new Entry(stored, new AtomicLong()));
    return stored;
  }

  public void clear() {
    faults.clear();
  }

  /** Removes the faults of one organisation only. */
  public void clear(String organisationId) {
    faults.keySet().removeIf(k -> Objects.equals(k.organisationId(), organisationId));
  }

  public List<Applied> all() {
    return faults.values().stream()
        .map(e -> Applied.of(e.fault(), e.applied().get()))
        .sorted(
            Comparator.comparing(Applied::call)
                .thenComparing(
                    Applied::organisationId, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** For a call of no known organisation: only faults for every organisation apply. */
  public Decision decide(PartnerCall call) {
    return decide(call, null);
  }

  public Decision decide(PartnerCall call, String organisationIdOrNull) {
    Entry entry = null;
    if (organisationIdOrNull != null) {
      entry = faults.get(new Key(call.callName(), organisationIdOrNull));
      if (entry == null) {
        entry = faults.get(new Key(Fault.ALL_CALLS, organisationIdOrNull));
      }
    }
    if (entry == null) {
      entry = faults.get(new Key(call.callName(), null));
    }
    if (entry == null) {
      entry = faults.get(new Key(Fault.ALL_CALLS, null));
    }
    if (entry == null) {
      return Decision.NONE;
    }
    entry.applied().incrementAndGet();
    Fault fault = entry.fault();
    double r = draw.getAsDouble();
    double errorUpTo = fault.errorRate();
    double timeoutUpTo = errorUpTo + fault.timeoutRate();
    double limitUpTo = timeoutUpTo + fault.rateLimitRate();
    Kind kind =
        r < errorUpTo
            ? Kind.ERROR
            : r < timeoutUpTo ? Kind.TIMEOUT : r < limitUpTo ? Kind.RATE_LIMITED : Kind.PASS;
    return new Decision(kind, fault.latencyMs());
  }

  private static String canonicalCall(String call) {
    if (call == null || call.isBlank()) {
      throw SandboxFailure.badRequest("call is missing: an EMIS call name or \"*\" for all");
    }
    if (Fault.ALL_CALLS.equals(call.strip())) {
      return Fault.ALL_CALLS;
    }
    return PartnerCall.named(call.strip())
        .map(PartnerCall::callName)
        .orElseThrow(() -> SandboxFailure.badRequest("call is not a partner API call: " + call));
  }
}
