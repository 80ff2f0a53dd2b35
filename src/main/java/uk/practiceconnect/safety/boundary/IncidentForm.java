package uk.practiceconnect.safety.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.safety.control.SafetyIncidents;
import uk.practiceconnect.safety.entity.SafetyIncident;

/**
 * "Report a safety concern": what happened, when, and which patient if any. After a report the form
 * is empty again and the report is listed below it with its reference.
 */
@Named
@ViewScoped
public class IncidentForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "incidentForm";

  @Inject SafetyIncidents incidents;
  @Inject CurrentPractice current;

  private String occurredOn;
  private String whatHappened;
  private String patientReference;
  private List<Row> reported = List.of();

  /** One report as the practice sees it; getters because pages cannot read records. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String reference;
    private final Instant reportedAt;
    private final String reportedBy;
    private final LocalDate occurredOn;

    Row(SafetyIncident i) {
      this.reference = i.reference();
      this.reportedAt = i.reportedAt();
      this.reportedBy = i.reportedBy();
      this.occurredOn = i.occurredOn();
    }

    public String getReference() {
      return reference;
    }

    public Instant getReportedAt() {
      return reportedAt;
    }

    public String getReportedBy() {
      return reportedBy;
    }

    public LocalDate getOccurredOn() {
      return occurredOn;
    }
  }

  public void load() {
    if (current.getId() != null) {
      reported = incidents.ofPractice(current.practice()).stream().map(Row::new).toList();
    }
  }

  public void report() {
    try {
      SafetyIncident i =
          incidents.report(
              current.caller(), current.forChange(), occurredOn, whatHappened, patientReference);
      occurredOn = null;
      whatHappened = null;
      patientReference = null;
      load();
      FacesErrors.success(
          FORM,
          "Thank you. Your report is "
              + i.reference()
              + ": the Practice Connect support desk and clinical safety officer will look at it"
              + " and contact you.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public List<Row> getReported() {
    return reported;
  }

  public String getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(String occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getPatientReference() {
    return patientReference;
  }

  public void setPatientReference(String patientReference) {
    this.patientReference = patientReference;
  }

  public int getMaxWhatHappened() {
    return uk.practiceconnect.safety.entity.IncidentDescription.MAX_LENGTH;
  }

  public int getMaxPatientReference() {
    return uk.practiceconnect.safety.entity.PatientReference.MAX_LENGTH;
  }
}
