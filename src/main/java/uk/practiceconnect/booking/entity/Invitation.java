package uk.practiceconnect.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A link a practice texted to one patient to book one kind of appointment (optionally with some
 * clinicians only). Single use; expires. Only the token's hash is stored.
 */
@Entity
@Table(name = "booking_invitation")
@NamedQuery(
    name = Invitation.BY_TOKEN,
    query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(
    name = Invitation.OF_PRACTICE,
    query =
        "select i from Invitation i where i.practiceId = :practice order by i.createdAt desc,"
            + " i.id desc")
public class Invitation {

  public static final String BY_TOKEN = "Invitation.byToken";
  public static final String OF_PRACTICE = "Invitation.ofPractice";

  /** What the practice sees in the list of sent invitations. */
  public enum Status {
    SENT,
    USED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  // both removed by retention 30 days after the invitation was used or ran out
  // (BOOKING_INVITATIONS)
  @Column(name = "nhs_number", length = 10)
  private String nhsNumber;

  @Column(length = 13)
  private String mobile;

  @Column(name = "slot_type", nullable = false, length = SlotType.MAX_LENGTH)
  private String slotType;

  @Column(length = 4000)
  private String clinicians;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected Invitation() {}

  public Invitation(
      Long practiceId,
      InvitationToken token,
      NhsNumber nhsNumber,
      MobileNumber mobile,
      SlotType slotType,
      Set<String> clinicians,
      String createdBy,
      Instant now,
      Instant expiresAt) {
    this.practiceId = practiceId;
    this.tokenHash = token.hash();
    this.nhsNumber = nhsNumber.value();
    this.mobile = mobile.value();
    this.slotType = slotType.value();
    this.clinicians = SlotTypeSetting.join(clinicians);
    this.status = Status.SENT;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** SENT, USED, or EXPIRED once its time is up without being used. */
  public Status statusAt(Instant now) {
    return status == Status.SENT && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
  }

  public boolean isUsable(Instant now) {
    return statusAt(now) == Status.SENT;
  }

  public void use(Instant now) {
    this.status = Status.USED;
    this.usedAt = now;
  }

  /** The booking it was used for failed: the patient may try again with the same link. */
  public void release() {
    this.status = Status.SENT;
    this.usedAt = null;
  }

  public SlotScope scope() {
    return SlotScope.of(SlotType.of(slotType), SlotTypeSetting.split(clinicians));
  }

  public Long id() {
    return id;
  }

  public Long practiceId() {
    return practiceId;
  }

  /** The invited patient's NHS number; only an invitation past its use has none (see below). */
  public NhsNumber nhsNumber() {
    requireDetails();
    return new NhsNumber(nhsNumber);
  }

  public MobileNumber mobile() {
    requireDetails();
    return new MobileNumber(mobile);
  }

  private void requireDetails() {
    if (detailsRemoved()) {
      // only an invitation a month past its use or expiry, which nobody can book with any more
      throw new IllegalStateException("This invitation's patient details were removed");
    }
  }

  /**
   * Retention removed the patient's NHS number and mobile: the invitation was used or ran out long
   * ago and only its slot type, status and dates are left for the practice's list.
   */
  public boolean detailsRemoved() {
    return nhsNumber == null || mobile == null;
  }

  public SlotType slotType() {
    return SlotType.of(slotType);
  }

  public Set<String> clinicians() {
    return SlotTypeSetting.split(clinicians);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
