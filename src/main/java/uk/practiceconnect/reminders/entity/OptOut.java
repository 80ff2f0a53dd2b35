package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A patient who asked a practice for no more reminders (by {@link PatientKey}, not NHS number). */
@Entity
@Table(name = "reminder_opt_out")
@IdClass(OptOut.Key.class)
public class OptOut {

  /** Where the opt-out came from. */
  public enum Source {
    LINK,
    CANCEL_PAGE
  }

  /** The composite key: one opt-out per patient per practice. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long practiceId;
    private String nhsHash;

    public Key() {}

    public Key(Long practiceId, String nhsHash) {
      this.practiceId = practiceId;
      this.nhsHash = nhsHash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(practiceId, k.practiceId)
          && java.util.Objects.equals(nhsHash, k.nhsHash);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(practiceId, nhsHash);
    }
  }

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Id
  @Column(name = "nhs_hash", length = 64)
  private String nhsHash;

  @Column(name = "opted_out_at", nullable = false)
  private Instant optedOutAt;

  @Column(nullable = false, length = 20)
  private String source;

  protected OptOut() {}

  public OptOut(Long practiceId, PatientKey patient, Source source, Instant now) {
    this.practiceId = practiceId;
    this.nhsHash = patient.hash();
    this.source = source.name();
    this.optedOutAt = now;
  }

  public PatientKey patient() {
    return new PatientKey(nhsHash);
  }

  public Instant optedOutAt() {
    return optedOutAt;
  }
}
