package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One bookable period in a session. Its status changes only through conditional updates (see {@code
 * Bookings}), so that two bookings of the same slot cannot both succeed.
 */
@Entity(name = "SbxEmisSlot")
@Table(name = "sbx_emis_slot")
public class Slot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sbx_emis_slot_seq")
  @SequenceGenerator(
      name = "sbx_emis_slot_seq",
      sequenceName = "sbx_emis_slot_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private AppointmentSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "slot_type_id")
  private SlotType slotType;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SlotStatus status;

  protected Slot() {}

  public Slot(
      AppointmentSession session,
      SlotType slotType,
      Instant start,
      int durationMinutes,
      SlotStatus status) {
    if (durationMinutes < 1 || durationMinutes > 600) {
      throw SandboxFailure.badRequest("durationMinutes must be between 1 and 600");
    }
    this.organisationId = session.organisationId();
    this.session = session;
    this.slotType = slotType;
    this.start = start;
    this.durationMinutes = durationMinutes;
    this.status = status;
  }

  public Long id() {
    return id;
  }

  public Long organisationId() {
    return organisationId;
  }

  public AppointmentSession session() {
    return session;
  }

  public SlotType slotType() {
    return slotType;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return start.plus(Duration.ofMinutes(durationMinutes));
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public SlotStatus status() {
    return status;
  }

  public boolean hasStartedBy(Instant now) {
    return !start.isAfter(now);
  }
}
