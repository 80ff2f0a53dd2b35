package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;

/**
 * One reminder of one appointment: which reminder time, for which appointment time, when it goes,
 * and if it does not, why. The patient's details are kept only as far as sending and the log need
 * them: the mobile, a masked NHS number and its hash, EMIS's patient id, and the date of birth
 * until the reminder is handed over.
 */
@Entity
@Table(name = "reminder")
public class Reminder {

  @Id
  @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "appointment_id", nullable = false, length = 40)
  private String appointmentId;

  @Column(name = "offset_minutes", nullable = false)
  private int offsetMinutes;

  @Column(nullable = false)
  private int revision;

  @Column(name = "appointment_start", nullable = false)
  private Instant appointmentStart;

  @Column(length = 120)
  private String clinician;

  @Column(name = "slot_type", length = SlotType.MAX_LENGTH)
  private String slotType;

  @Column(name = "patient_ref", length = 40)
  private String patientRef;

  @Column(name = "nhs_masked", length = 20)
  private String nhsMasked;

  @Column(name = "nhs_hash", length = 64)
  private String nhsHash;

  @Column(length = 20)
  private String mobile;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReminderStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ReminderReason reason;

  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "sms_message_id")
  private Long smsMessageId;

  @Column(name = "patient_cancelled_at")
  private Instant patientCancelledAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * Planning and dispatch run side by side: a row one of them changed meanwhile is not overwritten.
   */
  @Version private long version;

  protected Reminder() {}

  public Reminder(
      Long practiceId,
      String appointmentId,
      ReminderOffset offset,
      int revision,
      AppointmentFacts facts,
      PlanDecision decision,
      Instant now) {
    this.practiceId = practiceId;
    this.appointmentId = appointmentId;
    this.offsetMinutes = offset.minutes();
    this.revision = revision;
    this.createdAt = now;
    refresh(facts, decision, now);
  }

  /** New facts from EMIS (time, clinician, patient details) and what the planner decided. */
  public void refresh(AppointmentFacts facts, PlanDecision decision, Instant now) {
    this.appointmentStart = facts.start();
    this.clinician = facts.clinician();
    this.slotType = facts.slotType();
    this.patientRef = facts.patientRef();
    this.nhsMasked = facts.nhsMasked();
    this.nhsHash = facts.patient() == null ? null : facts.patient().hash();
    this.mobile = facts.mobile() == null ? null : facts.mobile().value();
    this.status = decision.status();
    this.reason = decision.reason();
    this.sendAt = decision.sendAt();
    this.dateOfBirth = decision.status() == ReminderStatus.PLANNED ? facts.dateOfBirth() : null;
    this.updatedAt = now;
  }

  public void stop(ReminderStatus status, ReminderReason reason, Instant now) {
    if (status != ReminderStatus.CANCELLED && status != ReminderStatus.NOT_PLANNED) {
      throw new IllegalArgumentException("stop is for CANCELLED or NOT_PLANNED");
    }
    this.status = status;
    this.reason = reason;
    this.dateOfBirth = null;
    this.updatedAt = now;
  }

  /** Due while texts may not go (the sending window is closed): waits for {@code sendAt}. */
  public void postpone(Instant sendAt, Instant now) {
    if (status != ReminderStatus.PLANNED || !sendAt.isAfter(now)) {
      throw new IllegalStateException("only a planned reminder is postponed, to a later time");
    }
    this.sendAt = sendAt;
    this.updatedAt = now;
  }

  /** Handed to the SMS outbox: from now on the outbox row says what happened. */
  public void handedOver(Long smsMessageId, Instant now) {
    this.status = ReminderStatus.QUEUED;
    this.reason = null;
    this.smsMessageId = smsMessageId;
    this.dateOfBirth = null;
    this.updatedAt = now;
  }

  public void cancelledByPatient(Instant now) {
    this.patientCancelledAt = now;
    if (status == ReminderStatus.PLANNED || status == ReminderStatus.NOT_PLANNED) {
      stop(ReminderStatus.CANCELLED, ReminderReason.CANCELLED_BY_PATIENT, now);
    }
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String appointmentId() {
    return appointmentId;
  }

  public ReminderOffset offset() {
    return ReminderOffset.ofMinutes(offsetMinutes);
  }

  public int offsetMinutes() {
    return offsetMinutes;
  }

  public int revision() {
    return revision;
  }

  public Instant appointmentStart() {
    return appointmentStart;
  }

  public String clinician() {
    return clinician;
  }

  public String slotType() {
    return slotType;
  }

  public String patientRef() {
    return patientRef;
  }

  public String nhsMasked() {
    return nhsMasked;
  }

  public Optional<PatientKey> patient() {
    return Optional.ofNullable(nhsHash).map(PatientKey::new);
  }

  public Optional<MobileNumber> mobile() {
    return Optional.ofNullable(mobile).map(MobileNumber::new);
  }

  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  public ReminderStatus status() {
    return status;
  }

  public Optional<ReminderReason> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<Instant> sendAt() {
    return Optional.ofNullable(sendAt);
  }

  public Optional<Long> smsMessageId() {
    return Optional.ofNullable(smsMessageId);
  }

  public Optional<Instant> patientCancelledAt() {
    return Optional.ofNullable(patientCancelledAt);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Reminder[" + id + ", " + status + "]";
  }
}
