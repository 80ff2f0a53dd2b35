package uk.practiceconnect.booking.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.BookingSettingsView;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/**
 * The practice's Online booking page: on/off, open or invitation-only, the window, notice, limit
 * and cancel cut-off, and which slot types (and clinicians) patients may book. The slot types come
 * from EMIS with the Update button.
 */
@Named
@ViewScoped
public class BookingSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "bookingForm";

  /** One slot type row of the form. */
  public static final class TypeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> knownClinicians;
    private boolean bookable;
    private List<String> clinicians;

    TypeRow(BookingSettingsView.SlotTypeView t) {
      this.name = t.name();
      this.knownClinicians = t.knownClinicians();
      this.bookable = t.bookable();
      this.clinicians = new ArrayList<>(t.allowedClinicians());
    }

    public String getName() {
      return name;
    }

    public List<String> getKnownClinicians() {
      return knownClinicians;
    }

    public boolean isBookable() {
      return bookable;
    }

    public void setBookable(boolean bookable) {
      this.bookable = bookable;
    }

    public List<String> getClinicians() {
      return clinicians;
    }

    public void setClinicians(List<String> clinicians) {
      this.clinicians = clinicians;
    }
  }

  @Inject BookingSettingsService settings;
  @Inject CurrentPractice current;

  private long version;
  private boolean enabled;
  private boolean openBooking;
  private String weeksAhead; // as typed: a wrong one is named with the others, never lost
  private String minimumNoticeMinutes; // as typed: a wrong one is named with the others, never lost
  private String maxFutureBookings; // as typed: a wrong one is named with the others, never lost
  private String cancelCutoffMinutes; // as typed: a wrong one is named with the others, never lost
  private boolean showClinician;
  private List<TypeRow> types = List.of();
  private Instant updatedAt;
  private String updatedBy;

  public void load() {
    if (current.getId() != null) {
      show(settings.view(current.practice()));
    }
  }

  public void save() {
    try {
      var in =
          new BookingSettingsService.Input(
              enabled,
              openBooking,
              whole(weeksAhead),
              whole(minimumNoticeMinutes),
              whole(maxFutureBookings),
              whole(cancelCutoffMinutes),
              showClinician,
              types.stream()
                  .map(t -> new BookingSettingsService.TypeInput(t.name, t.bookable, t.clinicians))
                  .toList());
      show(settings.change(current.caller(), current.forChange(), in, version));
      FacesErrors.success(FORM, "Online booking settings saved.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /**
   * Reads the slot types from EMIS without losing what the practice has typed or ticked and not
   * saved yet: the form is submitted with the button, and the edits are laid over what EMIS said.
   */
  public void updateSlotTypes() {
    try {
      long before = version;
      BookingSettingsView refreshed =
          settings.refreshSlotTypes(current.caller(), current.forChange());
      if (refreshed.version() > before + 1) {
        // someone else saved meanwhile: their settings win, as a reload would show them
        show(refreshed);
        FacesErrors.warn(
            FORM,
            "Slot types read from EMIS. Someone else changed these settings meanwhile, so the"
                + " page now shows their version: make your changes again.");
        return;
      }
      Map<String, TypeRow> edited = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      types.forEach(t -> edited.put(t.name, t));
      version = refreshed.version();
      types =
          refreshed.slotTypes().stream()
              .map(
                  t -> {
                    TypeRow row = new TypeRow(t);
                    TypeRow mine = edited.get(t.name());
                    if (mine != null) {
                      row.bookable = mine.bookable;
                      row.clinicians = new ArrayList<>(mine.clinicians);
                    }
                    return row;
                  })
              .toList();
      FacesErrors.success(
          FORM,
          "Slot types read from EMIS: "
              + types.size()
              + ". New ones are not bookable until you tick them. Your other changes are not saved"
              + " yet: press Save.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /**
   * A number as typed, or null when it is none: the rules then say "enter a whole number" for it,
   * in the same answer as every other field's problem.
   */
  static Integer whole(String typed) {
    if (typed == null || !typed.strip().matches("-?\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(typed.strip());
  }

  private void show(BookingSettingsView v) {
    BookingRule r = v.rule();
    version = v.version();
    enabled = r.enabled();
    openBooking = r.openBooking();
    weeksAhead = String.valueOf(r.weeksAhead());
    minimumNoticeMinutes = String.valueOf(r.minimumNotice().toMinutes());
    maxFutureBookings = String.valueOf(r.maxFutureBookings());
    cancelCutoffMinutes = String.valueOf(r.cancelCutoff().toMinutes());
    showClinician = r.showClinician();
    types = v.slotTypes().stream().map(TypeRow::new).toList();
    updatedAt = v.updatedAt();
    updatedBy = v.updatedBy();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isOpenBooking() {
    return openBooking;
  }

  public void setOpenBooking(boolean openBooking) {
    this.openBooking = openBooking;
  }

  public String getWeeksAhead() {
    return weeksAhead;
  }

  public void setWeeksAhead(String weeksAhead) {
    this.weeksAhead = weeksAhead;
  }

  public String getMinimumNoticeMinutes() {
    return minimumNoticeMinutes;
  }

  public void setMinimumNoticeMinutes(String minimumNoticeMinutes) {
    this.minimumNoticeMinutes = minimumNoticeMinutes;
  }

  public String getMaxFutureBookings() {
    return maxFutureBookings;
  }

  public void setMaxFutureBookings(String maxFutureBookings) {
    this.maxFutureBookings = maxFutureBookings;
  }

  public String getCancelCutoffMinutes() {
    return cancelCutoffMinutes;
  }

  public void setCancelCutoffMinutes(String cancelCutoffMinutes) {
    this.cancelCutoffMinutes = cancelCutoffMinutes;
  }

  public boolean isShowClinician() {
    return showClinician;
  }

  public void setShowClinician(boolean showClinician) {
    this.showClinician = showClinician;
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
}
