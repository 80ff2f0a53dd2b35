package uk.practiceconnect.booking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.IdentityCheck;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.booking.control.SlotSearch;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.SlotScope;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.web.ClientAddresses;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.PracticeContact;

/**
 * A patient's booking journey on {@code /book/{ods}} or {@code /book/invite/{token}}: who you are,
 * choose a time, confirm. Everything the patient proved is kept here on the server for this one
 * page; the browser only ever sends what was typed and which offered time was picked. This bean
 * moves between the steps; the work of each is done by {@link JourneyStart}, {@link
 * IdentifiedPatient}, {@link OfferedTimes} and {@link JourneyBooking}.
 */
@Named
@ViewScoped
public class PatientJourney implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Practices practices;
  @Inject transient BookingSettingsService settings;
  @Inject transient IdentityCheck identity;
  @Inject transient SlotSearch search;
  @Inject transient BookingService booking;
  @Inject transient Invitations invitations;
  @Inject transient ClientAddresses addresses;
  @Inject transient Clock clock;

  final PatientForm form = new PatientForm();
  final PatientErrors errors = new PatientErrors();
  private final OfferedTimes times = new OfferedTimes();
  private final JourneyBooking press = new JourneyBooking();
  private JourneyStart start;
  private JourneyStep step = JourneyStep.NOT_FOUND;
  private String notice;
  private IdentifiedPatient identified;
  private BookedView booked;
  private PracticeContact contact;

  @PostConstruct
  void init() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    start =
        JourneyStart.resolve(
            ext.getRequestMap(), practices, invitations, settings, clock.instant());
    step = start.step();
    contact =
        start.practiceId() == null
            ? null
            : practices.byId(start.practiceId()).map(PracticeContact::of).orElse(null);
    if (step == JourneyStep.NOT_FOUND) {
      // an address that leads nowhere says so to people, browsers and crawlers alike
      ext.setResponseStatus(404);
    } else if (step == JourneyStep.IDENTIFY
        && ext.getRequestParameterMap().containsKey("expired")) {
      notice = "You were inactive for a while, so we have started again.";
    }
  }

  public void identify() {
    errors.clear();
    notice = null;
    LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
    NhsNumber invitedNhs = isInvited() ? start.invitation(invitations).nhsNumber() : null;
    try {
      identified =
          IdentifiedPatient.check(
              form,
              today,
              invitedNhs,
              (nhs, dob, surname) ->
                  identity.verify(start.practice(practices), nhs, dob, surname, clientAddress()));
    } catch (DomainException e) {
      JourneyProblems.show(errors, e, isInvited() ? "dobDay" : "nhsNumber");
      return;
    }
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
      booked = new BookedView(b.booking(), times.chosen(), identified.mobile());
      step = JourneyStep.DONE;
    } else if (outcome instanceof JourneyBooking.ChooseAgain again) {
      showTimes(again.message());
    } else if (outcome instanceof JourneyBooking.Problem p) {
      JourneyProblems.show(errors, p.cause(), "book");
    }
  }

  public void back() {
    errors.clear();
    notice = null;
    step = step == JourneyStep.CONFIRM ? JourneyStep.CHOOSE : JourneyStep.IDENTIFY;
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

  private String clientAddress() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    return addresses.of((HttpServletRequest) ext.getRequest());
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

  public String getClosedMessage() {
    return start.closedMessage();
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
