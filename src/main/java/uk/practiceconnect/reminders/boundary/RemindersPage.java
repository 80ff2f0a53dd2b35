package uk.practiceconnect.reminders.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.reminders.control.ReminderJobs;
import uk.practiceconnect.reminders.control.ReminderPlanning;
import uk.practiceconnect.reminders.control.ReminderSettingsService;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderSettingsView;
import uk.practiceconnect.reminders.entity.RuleInput;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;
import uk.practiceconnect.reminders.entity.SmsTemplate;

/**
 * The Reminders page: the practice's rules in one form (saved together), the slot types with an
 * Update button that asks EMIS, and the text's live preview ({@link TemplatePreview}).
 */
@Named
@ViewScoped
public class RemindersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "rules";

  @Inject ReminderSettingsService settings;
  @Inject ReminderPlanning planning;
  @Inject ReminderJobs jobs;
  @Inject CurrentPractice current;
  @Inject TemplatePreview preview;

  private boolean enabled;
  private List<OffsetRow> offsets = new ArrayList<>();
  private String windowStart;
  private String windowEnd;
  private String template;
  private int cutoffMinutes;
  private List<TypeRow> types = new ArrayList<>();
  private long version;
  private Instant updatedAt;
  private String updatedBy;
  private Instant lastPlannedAt;
  private String lastPlanResult;

  public void load() {
    if (current.getId() != null) {
      show(settings.view(current.practice()));
    }
  }

  public void save() {
    try {
      show(settings.change(current.caller(), current.forChange(), input(), version));
      FacesErrors.success(
          FORM,
          enabled
              ? "Reminder settings saved. Reminders are on; planning runs in a moment."
              : "Reminder settings saved. Reminders are off.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /** The Update button: the slot types EMIS has now. */
  public void updateSlotTypes() {
    try {
      List<SlotTypeSwitch> fromEmis =
          settings.refreshSlotTypes(current.caller(), current.forChange());
      mergeTypes(fromEmis);
      FacesErrors.success(FORM, fromEmis.size() + " slot types read from EMIS.");
    } catch (PartnerException e) {
      FacesErrors.warn(
          FORM, "EMIS did not answer, so the slot types were not updated: " + e.getMessage());
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /** "Plan reminders now": the same as the scheduled run, for this practice only. */
  public void planNow() {
    ReminderPlanning.Outcome o = planning.plan(current.forChange());
    int handed = jobs.dispatchAll();
    String text =
        o.detail()
            + (handed > 0
                ? "; " + handed + (handed == 1 ? " text is" : " texts are") + " on their way now"
                : "");
    if (o.result() == ReminderPlanning.Outcome.Result.PLANNED) {
      FacesErrors.success(FORM, "Reminders planned. " + text + ".");
    } else {
      FacesErrors.warn(FORM, "Nothing planned. " + text + ".");
    }
    show(settings.view(current.practice()));
  }

  public void addOffset() {
    if (offsets.size() < ReminderRule.MAX_OFFSETS) {
      offsets.add(new OffsetRow(2, OffsetRow.Unit.HOURS));
    }
  }

  public void removeOffset(OffsetRow row) {
    if (offsets.size() > 1) {
      offsets.remove(row);
    }
  }

  public void useStandardText() {
    template = SmsTemplate.DEFAULT.text();
  }

  private RuleInput input() {
    return new RuleInput(
        enabled,
        offsets.stream().map(OffsetRow::iso).toList(),
        windowStart,
        windowEnd,
        template,
        "PT" + cutoffMinutes + "M",
        types.stream().map(t -> new SlotTypeSwitch(t.getName(), t.isEnabled(), null)).toList());
  }

  private void show(ReminderSettingsView v) {
    ReminderRule r = v.rule();
    enabled = r.enabled();
    offsets = new ArrayList<>(r.offsets().stream().map(OffsetRow::of).toList());
    windowStart = r.window().startText();
    windowEnd = r.window().endText();
    template = r.template().text();
    cutoffMinutes = r.cutoff().minutes();
    types = new ArrayList<>(v.slotTypes().stream().map(TypeRow::of).toList());
    version = v.version();
    updatedAt = v.updatedAt();
    updatedBy = v.updatedBy();
    lastPlannedAt = v.lastPlannedAt();
    lastPlanResult = v.lastPlanResult();
  }

  private void mergeTypes(List<SlotTypeSwitch> fromEmis) {
    // keep switches changed on the page but not saved yet
    List<TypeRow> merged = new ArrayList<>();
    for (SlotTypeSwitch s : fromEmis) {
      TypeRow row = TypeRow.of(s);
      types.stream()
          .filter(t -> t.getName().equals(s.name()))
          .findFirst()
          .ifPresent(t -> row.setEnabled(t.isEnabled()));
      merged.add(row);
    }
    types = merged;
  }

  public TemplatePreview.Result getPreview() {
    return preview.of(template, current.getName());
  }

  /** Reached through GP Connect: no reminders (see ReminderPlanning#GP_CONNECT_NO_REMINDERS). */
  public boolean isGpConnect() {
    return current.practice().integrationRoute() == IntegrationRoute.GP_CONNECT;
  }

  public boolean isCanAddOffset() {
    return offsets.size() < ReminderRule.MAX_OFFSETS;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<OffsetRow> getOffsets() {
    return offsets;
  }

  public String getWindowStart() {
    return windowStart;
  }

  public void setWindowStart(String windowStart) {
    this.windowStart = windowStart;
  }

  public String getWindowEnd() {
    return windowEnd;
  }

  public void setWindowEnd(String windowEnd) {
    this.windowEnd = windowEnd;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  /** The usual cut-offs and the practice's own, whatever it is (so saving never changes it). */
  public List<CutoffChoice> getCutoffChoices() {
    return CutoffChoice.around(cutoffMinutes);
  }

  public int getCutoffMinutes() {
    return cutoffMinutes;
  }

  public void setCutoffMinutes(int cutoffMinutes) {
    this.cutoffMinutes = cutoffMinutes;
  }

  public List<TypeRow> getTypes() {
    return types;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getLastPlannedAt() {
    return lastPlannedAt;
  }

  public String getLastPlanResult() {
    return lastPlanResult;
  }
}
