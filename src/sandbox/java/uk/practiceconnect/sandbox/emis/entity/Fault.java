package uk.practiceconnect.sandbox.emis.entity;

/**
 * A fault injected into one partner call (or all): a delay on every answer, and the share of calls
 * that fail with an error, hang until a timeout, or are rate limited. With an {@code
 * organisationId} (ours) it applies to that organisation's calls only, so a test can break one
 * practice's EMIS without touching the others.
 */
public record Fault(
    String call,
    String organisationId,
    int latencyMs,
    double errorRate,
    double timeoutRate,
    double rateLimitRate) {

  public static final String ALL_CALLS = "*";
  public static final int MAX_LATENCY_MS = 60_000;

  public Fault {
    if (organisationId != null) {
      organisationId = Cdb.of(organisationId).value();
    }
    if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
      throw SandboxFailure.badRequest("latencyMs must be between 0 and " + MAX_LATENCY_MS);
    }
    rate("errorRate", errorRate);
    rate("timeoutRate", timeoutRate);
    rate("rateLimitRate", rateLimitRate);
    if (errorRate + timeoutRate + rateLimitRate > 1.0 + 1e-9) {
      throw SandboxFailure.badRequest("errorRate + timeoutRate + rateLimitRate must not exceed 1");
    }
  }

  /** A fault for every organisation. */
  public Fault(
      String call, int latencyMs, double errorRate, double timeoutRate, double rateLimitRate) {
    this(call, null, latencyMs, errorRate, timeoutRate, rateLimitRate);
  }

  private static void rate(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw SandboxFailure.badRequest(name + " must be between 0 and 1");
    }
  }
}
