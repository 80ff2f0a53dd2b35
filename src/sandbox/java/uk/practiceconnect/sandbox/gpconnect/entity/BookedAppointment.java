package uk.practiceconnect.sandbox.gpconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An appointment booked through the stand-in's GP Connect face. Its {@code version} is the FHIR
 * versionId (ETag): it changes with every amendment or cancellation, which are made with
 * conditional updates on it (see {@code Appointments}). The booking organisation is kept as the
 * consumer sent it (a contained Organization in FHIR JSON), to be returned as the specification
 * asks.
 */
@Entity(name = "SbxGpcAppointment")
@Table(name = "sbx_gpc_appointment")
public class BookedAppointment {

  public static final int MAX_DESCRIPTION = 600;
  public static final int MAX_COMMENT = 500;
  public static final int MAX_CANCELLATION_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "provider_ods", nullable = false, length = 10)
  private String providerOds;

  @Column(name = "patient_id", nullable = false, length = 64)
  private String patientId;

  @Column(name = "slot_ids", nullable = false, length = 400)
  private String slotIds;

  @Column(name = "schedule_id", nullable = false, length = 10)
  private String scheduleId;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "ends_at", nullable = false)
  private Instant end;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AppointmentStatus status;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "appointment_comment", length = MAX_COMMENT)
  private String comment;

  @Column(name = "cancellation_reason", length = MAX_CANCELLATION_REASON)
  private String cancellationReason;

  @Column(name = "booking_organization", nullable = false, length = 4000)
  private String bookingOrganization;

  @Column(name = "booked_by_ods", length = 20)
  private String bookedByOds;

  @Column(name = "created_at")
  private Instant created;

  @Column(nullable = false)
  private int version;

  @Column(name = "last_updated", nullable = false)
  private Instant lastUpdated;

  protected BookedAppointment() {}

  /** Call only once the slots are held (see {@code Appointments#book}). */
  public BookedAppointment(
      String providerOds,
      BookingRequest request,
      String scheduleId,
      String bookedByOds,
      Instant now) {
    this.providerOds = providerOds;
    this.patientId = request.patientId();
    this.slotIds = String.join(",", request.slotIds());
    this.scheduleId = scheduleId;
    this.start = request.start();
    this.end = request.end();
    this.status = AppointmentStatus.BOOKED;
    this.description = request.description();
    this.comment = request.comment();
    this.bookingOrganization = request.bookingOrganizationJson();
    this.bookedByOds = bookedByOds;
    this.created = request.created();
    this.version = 1;
    this.lastUpdated = now;
  }

  public Long id() {
    return id;
  }

  public String providerOds() {
    return providerOds;
  }

  public String patientId() {
    return patientId;
  }

  public List<String> slotIds() {
    return Arrays.asList(slotIds.split(","));
  }

  public String scheduleId() {
    return scheduleId;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public AppointmentStatus status() {
    return status;
  }

  public String description() {
    return description;
  }

  public String comment() {
    return comment;
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  public String bookingOrganization() {
    return bookingOrganization;
  }

  public String bookedByOds() {
    return bookedByOds;
  }

  public Instant created() {
    return created;
  }

  public int version() {
    return version;
  }

  public Instant lastUpdated() {
    return lastUpdated;
  }
}
