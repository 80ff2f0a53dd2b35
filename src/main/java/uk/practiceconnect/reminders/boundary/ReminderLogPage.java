package uk.practiceconnect.reminders.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.reminders.control.ReminderFigures;
import uk.practiceconnect.reminders.control.ReminderLog;
import uk.practiceconnect.reminders.entity.DayFigures;
import uk.practiceconnect.reminders.entity.LogEntry;
import uk.practiceconnect.reminders.entity.LogFilter;
import uk.practiceconnect.reminders.entity.LogStatus;

/**
 * The Reminder log: a lazy table of reminders by appointment date (the database pages and filters),
 * figures per day for the chart, and a CSV of the same filter.
 */
@Named
@ViewScoped
public class ReminderLogPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "log";

  @Inject ReminderLog log;
  @Inject ReminderFigures dayFigures;
  @Inject CurrentPractice current;

  private LocalDate from = LocalDate.now(UkTime.ZONE);
  private LocalDate to = LocalDate.now(UkTime.ZONE).plusDays(7);
  private String status;
  private String clinician;
  private String slotType;
  private LogFilter filter;
  private List<DayFigures> figures;
  private final LazyDataModel<LogEntry> entries = new Entries();

  public void load() {
    apply();
  }

  /** The Show button: checks the dates, then the table and chart read the new filter. */
  public void apply() {
    if (current.getId() == null) {
      return;
    }
    try {
      filter = LogQuery.filter(current.getId(), text(from), text(to), status, clinician, slotType);
      LocalDate chartFrom = LocalDate.now(UkTime.ZONE).minusDays(13);
      figures =
          dayFigures.perDay(
              current.getId(),
              chartFrom.atStartOfDay(UkTime.ZONE).toInstant(),
              LocalDate.now(UkTime.ZONE).plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public List<String> getClinicians() {
    return filter == null ? List.of() : log.clinicians(current.getId(), filter.from(), filter.to());
  }

  public List<String> getSlotTypes() {
    return filter == null ? List.of() : log.slotTypes(current.getId(), filter.from(), filter.to());
  }

  public LogStatus[] getStatuses() {
    return LogStatus.values();
  }

  public List<DayFigures> getFigures() {
    return figures == null ? List.of() : figures;
  }

  /** The longest line of the chart, so bars are drawn relative to it. */
  public int getChartMax() {
    return Math.max(1, getFigures().stream().mapToInt(DayFigures::chartTotal).max().orElse(1));
  }

  /** A bar's CSS width on this chart. */
  public String width(int n) {
    return DayFigures.width(n, getChartMax());
  }

  public String getCsvUrl() {
    StringBuilder q = new StringBuilder("reminder-log.csv?ods=").append(enc(current.getOds()));
    q.append("&from=").append(enc(text(from))).append("&to=").append(enc(text(to)));
    if (status != null && !status.isBlank()) {
      q.append("&status=").append(enc(status));
    }
    if (clinician != null && !clinician.isBlank()) {
      q.append("&clinician=").append(enc(clinician));
    }
    if (slotType != null && !slotType.isBlank()) {
      q.append("&slotType=").append(enc(slotType));
    }
    return q.toString();
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  public LazyDataModel<LogEntry> getEntries() {
    return entries;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getClinician() {
    return clinician;
  }

  public void setClinician(String clinician) {
    this.clinician = clinician;
  }

  public String getSlotType() {
    return slotType;
  }

  public void setSlotType(String slotType) {
    this.slotType = slotType;
  }

  private final class Entries extends LazyDataModel<LogEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return filter == null ? 0 : (int) Math.min(Integer.MAX_VALUE, log.count(filter));
    }

    @Override
    public List<LogEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return filter == null ? List.of() : log.page(filter, first, pageSize);
    }

    @Override
    public String getRowKey(LogEntry entry) {
      return String.valueOf(entry.id());
    }
  }
}
