package uk.practiceconnect.safety.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.safety.control.SafetyIncidents;
import uk.practiceconnect.safety.entity.SafetyIncident;

/** The support desk's list of safety incidents from every practice, newest first. */
@Named
@RequestScoped
public class IncidentsPage {

  static final int SHOWN = SafetyIncidents.MAX_PAGE;

  @Inject SafetyIncidents incidents;
  @Inject Practices practices;
  @Inject CurrentCaller caller;

  private List<Row> rows;
  private long total;

  /** One incident; getters because pages cannot read record components. */
  public static final class Row {
    private final SafetyIncident incident;
    private final String practice;

    Row(SafetyIncident incident, String practice) {
      this.incident = incident;
      this.practice = practice;
    }

    public String getReference() {
      return incident.reference();
    }

    public String getOds() {
      return incident.odsCode();
    }

    public String getPractice() {
      return practice;
    }

    public Instant getReportedAt() {
      return incident.reportedAt();
    }

    public String getReportedBy() {
      return incident.reportedBy();
    }

    public LocalDate getOccurredOn() {
      return incident.occurredOn();
    }

    public String getWhatHappened() {
      return incident.whatHappened();
    }

    public String getPatientReference() {
      return incident.patientReference().orElse("None given");
    }

    public Long getId() {
      return incident.id();
    }

    public boolean isSerious() {
      return incident.serious();
    }

    public Instant getSeriousMarkedAt() {
      return incident.seriousMarkedAt();
    }

    public String getSeriousMarkedBy() {
      return incident.seriousMarkedBy();
    }
  }

  /** Marks one serious (kept 20 years) and says so above the list. */
  public void markSerious(Long id) {
    SafetyIncident marked = incidents.markSerious(caller.get(), id);
    rows = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            "tableForm",
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                marked.reference() + " is marked serious: it is kept 20 years after the report.",
                null));
  }

  public List<Row> getRows() {
    if (rows == null) {
      Caller who = caller.get();
      Map<Long, String> names =
          practices.visibleTo(who).stream()
              .collect(Collectors.toMap(Practice::id, p -> p.name().value(), (a, b) -> a));
      rows =
          incidents.all(who, 0, SHOWN).stream()
              .map(i -> new Row(i, names.getOrDefault(i.practiceId(), i.odsCode())))
              .toList();
      total = incidents.count(who);
    }
    return rows;
  }

  /** "2 reports" or "the newest 200 of 250 reports". */
  public String getCountText() {
    getRows();
    String reports = total == 1 ? "1 report" : total + " reports";
    return rows.size() < total ? "the newest " + rows.size() + " of " + reports : reports;
  }
}
