package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A block of a clinician's time on one day, cut into slots. Ids come from a pooled sequence (not an
 * identity column) so that demo books of thousands of rows are inserted in JDBC batches.
 */
@Entity(name = "SbxEmisSession")
@Table(name = "sbx_emis_session")
public class AppointmentSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sbx_emis_session_seq")
  @SequenceGenerator(
      name = "sbx_emis_session_seq",
      sequenceName = "sbx_emis_session_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinician_id")
  private Clinician clinician;

  /** The UK calendar day of the session, kept so a day's book is found without time zones. */
  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "ends_at", nullable = false)
  private Instant end;

  @Column(nullable = false, length = 120)
  private String site;

  @Column(name = "slot_length_minutes", nullable = false)
  private int slotLengthMinutes;

  protected AppointmentSession() {}

  public AppointmentSession(
      Long organisationId,
      Clinician clinician,
      LocalDate date,
      Instant start,
      Instant end,
      String site,
      int slotLengthMinutes) {
    if (!end.isAfter(start)) {
      throw SandboxFailure.badRequest("A session must end after it starts");
    }
    this.organisationId = organisationId;
    this.clinician = clinician;
    this.date = date;
    this.start = start;
    this.end = end;
    this.site = site;
    this.slotLengthMinutes = slotLengthMinutes;
  }

  public Long id() {
    return id;
  }

  public Long organisationId() {
    return organisationId;
  }

  public Clinician clinician() {
    return clinician;
  }

  public LocalDate date() {
    return date;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public String site() {
    return site;
  }

  public int slotLengthMinutes() {
    return slotLengthMinutes;
  }

  public boolean covers(Instant from, Instant to) {
    return !from.isBefore(start) && !to.isAfter(end);
  }
}
