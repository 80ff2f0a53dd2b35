package uk.practiceconnect.platform.entity;

/**
 * Who is acting in this request: a signed-in person or an API key. {@code practiceId} null means
 * every practice (platform admins and all-practice keys).
 *
 * @param name what the audit trail shows, never a secret
 * @param ref who this is, stable and unique (an API key's id, a person's name), for what belongs to
 *     the caller, such as the {@code Idempotency-Key}s they sent
 */
public record Caller(String name, Kind kind, Long practiceId, boolean canWrite, String ref) {

  public Caller(String name, Kind kind, Long practiceId, boolean canWrite) {
    this(name, kind, practiceId, canWrite, name);
  }

  public enum Kind {
    PLATFORM_ADMIN,
    PRACTICE_ADMIN,
    API_KEY,
    /** A patient: on the public booking pages, or through a link a practice sent them. */
    PATIENT
  }

  public boolean allPractices() {
    return practiceId == null;
  }

  public boolean canSee(Long practice) {
    return practiceId == null || practiceId.equals(practice);
  }

  /** A patient acting on their own booking, for the audit trail ("patient (web)"). */
  public static Caller patient(String actor, Long practiceId) {
    return new Caller(actor, Kind.PATIENT, practiceId, false);
  }

  public boolean isPlatformAdmin() {
    return kind == Kind.PLATFORM_ADMIN;
  }
}
