package uk.practiceconnect.sandbox.emis.entity;

/** An EMIS organisation ID (CDB number): the number of the practice's EMIS database. */
public record Cdb(String value) {

  public static final int MAX_LENGTH = 10;

  public Cdb {
    if (value == null || value.isEmpty()) {
      throw SandboxFailure.badRequest("organisationId is missing");
    }
    if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw SandboxFailure.badRequest(
          "organisationId must be the CDB number: 1 to " + MAX_LENGTH + " digits");
    }
  }

  public static Cdb of(String raw) {
    return new Cdb(raw == null ? null : raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
