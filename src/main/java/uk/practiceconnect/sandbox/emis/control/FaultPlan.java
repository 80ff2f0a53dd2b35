package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import uk.practiceconnect.sandbox.emis.entity.Fault;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The faults tests inject into partner calls, in memory. A fault for one call wins over the fault
 * for all calls ({@code *}).
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

  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
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

  /** Sets the fault for a call (by its EMIS name, any case) or for all calls ("*"). */
  public Fault put(Fault fault) {
    String call = canonicalCall(fault.call());
    Fault stored =
        new Fault(
            call, fault.latencyMs(), fault.errorRate(), fault.timeoutRate(), fault.rateLimitRate());
    faults.put(call, stored);
    return stored;
  }

  public void clear() {
    faults.clear();
  }

  public List<Fault> all() {
    return faults.values().stream().sorted(Comparator.comparing(Fault::call)).toList();
  }

  public Decision decide(PartnerCall call) {
    Fault fault = faults.get(call.callName());
    if (fault == null) {
      fault = faults.get(Fault.ALL_CALLS);
    }
    if (fault == null) {
      return Decision.NONE;
    }
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
