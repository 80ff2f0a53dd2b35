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
import java.time.Instant;

/**
 * A patient booked into a slot. It keeps its id when staff move it to another slot; cancelling it
 * frees the slot but keeps the appointment, as EMIS does.
 */
@Entity(name = "SbxEmisAppointment")
@Table(name = "sbx_emis_appointment")
public class Appointment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sbx_emis_appointment_seq")
  @SequenceGenerator(
      name = "sbx_emis_appointment_seq",
      sequenceName = "sbx_emis_appointment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "slot_id")
  private Slot slot;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AppointmentStatus status;

  @Column(length = 200)
  private String reason;

  @Column(name = "booked_at", nullable = false)
  private Instant bookedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason", length = 200)
  private String cancelReason;

  protected Appointment() {}

  /** Call only after the slot has been taken with a conditional update. */
  public Appointment(Slot slot, Patient patient, String reason, Instant bookedAt) {
    this.organisationId = slot.organisationId();
    this.slot = slot;
    this.patient = patient;
    this.status = AppointmentStatus.BOOKED;
    this.reason = reason;
    this.bookedAt = bookedAt;
  }

  public Long id() {
    return id;
  }

  public Long organisationId() {
    return organisationId;
  }

  public Slot slot() {
    return slot;
  }

  public Patient patient() {
    return patient;
  }

  public AppointmentStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public Instant bookedAt() {
    return bookedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelReason() {
    return cancelReason;
  }
}
