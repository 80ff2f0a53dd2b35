package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A patient who asked a practice for no more reminders, by {@link PatientKey}: a hash of the NHS
 * number, and one of the mobile number the reminders went to (so a patient without an NHS number in
 * EMIS is honoured too, and so is the phone's owner). The hash column keeps its first name.
 */
@Entity
@Table(name = "reminder_opt_out")
@IdClass(OptOut.Key.class)
public class OptOut {

  /** Which number {@code nhs_hash} is a hash of. */
  public enum KeyKind {
    NHS_NUMBER,
    MOBILE
  }

  /** Where the opt-out came from. */
  public enum Source {
    LINK,
    CANCEL_PAGE,
    /** The patient texted STOP back. */
    REPLY
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

  @Enumerated(EnumType.STRING)
  @Column(name = "key_kind", nullable = false, length = 12)
  private KeyKind keyKind;

  protected OptOut() {}

  public OptOut(Long practiceId, PatientKey patient, KeyKind kind, Source source, Instant now) {
    this.practiceId = practiceId;
    this.nhsHash = patient.hash();
    this.keyKind = kind;
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
