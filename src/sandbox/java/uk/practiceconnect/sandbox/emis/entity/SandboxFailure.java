package uk.practiceconnect.sandbox.emis.entity;

/**
 * A call that cannot be carried out, with the outcome it answers with. The partner face shows it as
 * outcome JSON, the admin face as problem details with the same HTTP status. Expected, so it
 * carries no stack trace.
 */
public class SandboxFailure extends RuntimeException {

  private final Outcome outcome;

  public SandboxFailure(Outcome outcome, String error) {
    super(error == null ? outcome.meaning() : error, null, false, false);
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }

  public static SandboxFailure badRequest(String error) {
    return new SandboxFailure(Outcome.BAD_REQUEST, error);
  }

  public static SandboxFailure notFound(String error) {
    return new SandboxFailure(Outcome.NOT_FOUND, error);
  }
}
