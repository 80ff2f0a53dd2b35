package uk.practiceconnect.sandbox.gpconnect.entity;

/**
 * A request the stand-in refuses, with the Spine error it answers and diagnostics for the consumer
 * (never patient data beyond what the consumer sent). Expected, so it carries no stack trace.
 */
public class GpcFailure extends RuntimeException {

  private final SpineError error;

  public GpcFailure(SpineError error, String diagnostics) {
    super(diagnostics, null, false, false);
    this.error = error;
  }

  public SpineError error() {
    return error;
  }

  public String diagnostics() {
    return getMessage();
  }
}
