package uk.practiceconnect.booking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.booking.control.SlotSearch;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.SlotScope;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.PracticeContact;

/**
 * A patient's booking journey on {@code /book/{ods}} or {@code /book/invite/{token}} once they have
 * proved who they are ({@link PatientLanding} hands it on): choose a time, confirm. Everything the
 * patient proved is kept here on the server for this one page; the browser only ever sends what was
 * typed and which offered time was picked. This bean moves between the steps; the work of each is
 * done by {@link JourneyStart}, {@link IdentifiedPatient}, {@link OfferedTimes} and {@link
 * JourneyBooking}.
 */
@Named
@ViewScoped
public class PatientJourney implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Practices practices;
  @Inject BookingSettingsService settings;
  @Inject SlotSearch search;
  @Inject BookingService booking;
  @Inject Invitations invitations;

  final PatientForm form = new PatientForm();
  final PatientErrors errors = new PatientErrors();
  private final OfferedTimes times = new OfferedTimes();
  private final JourneyBooking press = new JourneyBooking();
  private JourneyStart start;
  private JourneyStep step = JourneyStep.CHOOSE;
  private String notice;
  private IdentifiedPatient identified;
  private BookedView booked;
  private PracticeContact contact;

  @PostConstruct
  void init() {
    HttpServletRequest request = request();
    Optional<JourneyHandOver> handOver =
        JourneyHandOver.find(request).filter(h -> h.identified() != null);
    if (handOver.isEmpty()) {
      // only reached with a match (PatientLinks); a session that ended meanwhile starts again
      redirect(PatientLinks.address(request) + "?expired=true");
      return;
    }
    start = handOver.get().start();
    identified = handOver.get().identified();
    contact = practices.byId(start.practiceId()).map(PracticeContact::of).orElse(null);
    showTimes(null);
  }

  public void choose() {
    errors.clear();
    notice = null;
    String picked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slot");
    if (times.pick(picked, errors)) {
      step = JourneyStep.CONFIRM;
    }
  }

  public void confirm() {
    errors.clear();
    notice = null;
    String reason = form.getReason();
    if (reason != null && reason.strip().length() > BookingRequest.MAX_REASON) {
      errors.add(
          "reason",
          "reason",
          "Your reason must be " + BookingRequest.MAX_REASON + " characters or fewer");
      return;
    }
    Invitation invitation = start.invitation(invitations);
    var outcome =
        press.book(
            booking, start.practice(practices), invitation, identified, times.chosen(), reason);
    if (outcome instanceof JourneyBooking.Booked b) {
      String textedTo =
          JourneyBooking.confirmationTo(identified, invitation)
              .map(MobileNumber::value)
              .orElse(null);
      booked = new BookedView(b.booking(), times.chosen(), textedTo);
      step = JourneyStep.DONE;
      // the address opens at its first step again (for another booking, or another patient)
      JourneyHandOver.clear(request());
    } else if (outcome instanceof JourneyBooking.ChooseAgain again) {
      showTimes(again.message());
    } else if (outcome instanceof JourneyBooking.Problem p) {
      JourneyProblems.show(errors, p.cause(), "book");
    }
  }

  public void back() {
    errors.clear();
    notice = null;
    if (step == JourneyStep.CONFIRM) {
      step = JourneyStep.CHOOSE;
      return;
    }
    // to the first step, with what was typed still in it
    JourneyHandOver.forgetMatch(request());
    redirect(PatientLinks.address(request()));
  }

  public void nextDay() {
    times.days().next();
    errors.clear();
  }

  public void previousDay() {
    times.days().previous();
    errors.clear();
  }

  /** A day picked from the list of days with free times. */
  public void showDay(int day) {
    times.days().show(day);
    errors.clear();
    notice = null;
  }

  /**
   * "Show these times": the type and clinician chosen in the filter's plain selects (blank or
   * missing for all). Like the time itself, only a value that was offered is taken.
   */
  public void filterTimes() {
    errors.clear();
    notice = null;
    var sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    times.filter(sent.get("timeType"), sent.get("timeClinician"));
  }

  /** "Show all times" clears the filter. */
  public void clearFilter() {
    errors.clear();
    notice = null;
    times.filter("", "");
  }

  /** "Try again" after the appointment book could not be read. */
  public void retryTimes() {
    errors.clear();
    showTimes(null);
  }

  /** The choose step with times read afresh, and {@code message} above them if they could be. */
  private void showTimes(String message) {
    boolean read = times.read(this::bookableTimes, errors, message);
    step = JourneyStep.CHOOSE;
    notice = read ? message : null;
  }

  private List<SlotChoices.Option> bookableTimes() {
    BookingRule rule = settings.rule(start.practiceId());
    SlotScope scope = isInvited() ? start.invitation(invitations).scope() : rule.bookable();
    return SlotChoices.options(
        search.bookable(start.practice(practices), rule, scope, null, null, null),
        rule.showClinician());
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static void redirect(String address) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JourneyStep getStep() {
    return step;
  }

  public boolean isInvited() {
    return start.isInvited();
  }

  public String getInvitedFor() {
    return start.invitedFor();
  }

  /** How to reach the practice (phone, address), for the page's header and footer. */
  public PracticeContact getContact() {
    return contact;
  }

  public String getPracticeName() {
    return start.practiceName();
  }

  public String getNotice() {
    return notice;
  }

  public boolean isTimesUnavailable() {
    return times.unavailable();
  }

  public PatientForm getForm() {
    return form;
  }

  public PatientErrors getErrors() {
    return errors;
  }

  public List<String> getTimeTypes() {
    return times.filter().types();
  }

  public List<String> getTimeClinicians() {
    return times.filter().clinicians();
  }

  /** Whether there is more than one type or clinician to choose between. */
  public boolean isTimeFilterUseful() {
    return times.filter().useful();
  }

  /** The type of appointment the times are filtered by; blank for all. */
  public String getTimeType() {
    return times.filter().type();
  }

  /** The clinician the times are filtered by; blank for any. */
  public String getTimeClinician() {
    return times.filter().clinician();
  }

  public boolean isTimeFilterActive() {
    return times.filter().active();
  }

  /** "Showing times for Routine GP appointment with Dr Amina Khan." */
  public String getTimeFilterText() {
    return "Showing times for " + times.filter().describe() + ".";
  }

  public DayPager getDays() {
    return times.days();
  }

  public SlotChoices.Option getChosen() {
    return times.chosen();
  }

  public BookedView getBooked() {
    return booked;
  }
}
