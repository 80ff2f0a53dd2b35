package uk.practiceconnect.safety.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A suspected clinical safety issue a practice reported: who, when, what, and which patient. */
@Entity
@Table(name = "safety_incident")
@NamedQuery(
    name = SafetyIncident.NEWEST_FIRST,
    query = "select i from SafetyIncident i order by i.reportedAt desc, i.id desc")
@NamedQuery(name = SafetyIncident.COUNT, query = "select count(i) from SafetyIncident i")
@NamedQuery(
    name = SafetyIncident.OF_PRACTICE,
    query =
        "select i from SafetyIncident i where i.practiceId = :practice"
            + " order by i.reportedAt desc, i.id desc")
public class SafetyIncident {

  public static final String NEWEST_FIRST = "SafetyIncident.newestFirst";
  public static final String COUNT = "SafetyIncident.count";
  public static final String OF_PRACTICE = "SafetyIncident.ofPractice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "ods_code", nullable = false, length = 6)
  private String odsCode;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "reported_by", nullable = false, length = 120)
  private String reportedBy;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(name = "what_happened", nullable = false, length = IncidentDescription.MAX_LENGTH)
  private String whatHappened;

  @Column(name = "patient_reference", length = PatientReference.MAX_LENGTH)
  private String patientReference;

  // serious incidents are kept 20 years instead of 10 (retention: SERIOUS_SAFETY_INCIDENTS)
  @Column(nullable = false)
  private boolean serious;

  @Column(name = "serious_marked_at")
  private Instant seriousMarkedAt;

  @Column(name = "serious_marked_by", length = 120)
  private String seriousMarkedBy;

  protected SafetyIncident() {}

  public SafetyIncident(
      Long practiceId,
      String odsCode,
      Instant reportedAt,
      String reportedBy,
      LocalDate occurredOn,
      IncidentDescription whatHappened,
      Optional<PatientReference> patient) {
    this.practiceId = practiceId;
    this.odsCode = odsCode;
    this.reportedAt = reportedAt;
    this.reportedBy = reportedBy;
    this.occurredOn = occurredOn;
    this.whatHappened = whatHappened.value();
    this.patientReference = patient.map(PatientReference::value).orElse(null);
  }

  /** "SI-42": how people refer to it, in the audit trail and on the phone. */
  public String reference() {
    return "SI-" + id;
  }

  public Long id() {
    return id;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String odsCode() {
    return odsCode;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String whatHappened() {
    return whatHappened;
  }

  public Optional<String> patientReference() {
    return Optional.ofNullable(patientReference);
  }

  /**
   * Marked serious by the support desk: kept for the Records Management Code's 20 years. Once
   * serious, always serious; false when it already was.
   */
  public boolean markSerious(String by, Instant at) {
    if (serious) {
      return false;
    }
    serious = true;
    seriousMarkedBy = by;
    seriousMarkedAt = at;
    return true;
  }

  public boolean serious() {
    return serious;
  }

  public Instant seriousMarkedAt() {
    return seriousMarkedAt;
  }

  public String seriousMarkedBy() {
    return seriousMarkedBy;
  }
}
