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
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.IdentityCheck;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.booking.control.SlotSearch;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRefused;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.Channel;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.IdempotencyKey;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.InvitationToken;
import uk.practiceconnect.booking.entity.Surname;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.boundary.ClientAddresses;
import uk.practiceconnect.platform.control.Clocks;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A patient's booking journey on {@code /book/{ods}} or {@code /book/invite/{token}}: who you are,
 * choose a time, confirm. Everything the patient proved is kept here on the server for this one
 * page; the browser only ever sends what was typed and which offered time was picked.
 */
@Named
@ViewScoped
public class PatientJourney implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Step {
    IDENTIFY,
    CHOOSE,
    CONFIRM,
    DONE,
    /** Online booking is off (or invitation-only), or the invitation was used or has expired. */
    CLOSED,
    /** No such practice or invitation: a 404, in words a patient understands. */
    NOT_FOUND
  }

  static final String UNREACHABLE =
      "We could not reach the practice's appointment book. Please try again in a few minutes, or"
          + " phone the practice.";

  /** How long a second press of "Book" waits for the first to finish before saying so. */
  static final Duration SECOND_PRESS_WAIT = Duration.ofSeconds(5);

  /** The patient as EMIS matched them. */
  record Identified(String nhs, LocalDate dob, String surname, String mobile)
      implements Serializable {}

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
  private final String journeyId =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  private Step step = Step.NOT_FOUND;
  private Long practiceId;
  private String practiceName;
  private Long invitationId;
  private String invitedFor;
  private String closedMessage =
      "We could not find this booking page. Check the address in the letter, text or website you"
          + " got it from, or phone your GP practice.";
  private String notice;
  private boolean timesUnavailable;
  private Identified identified;
  private DayPager days = DayPager.empty();
  private SlotChoices.Option chosen;
  private BookedView booked;

  @PostConstruct
  void init() {
    var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    Object ods = request.get(PatientLinks.ODS);
    Object token = request.get(PatientLinks.INVITE);
    Practice practice = null;
    if (token instanceof String t) {
      Optional<Invitation> inv = InvitationToken.parse(t).flatMap(invitations::open);
      if (inv.isEmpty()) {
        notFound(
            "This invitation link does not work. Check that you opened the whole link from the"
                + " text, or contact the practice if you still need an appointment.");
        return;
      }
      if (!inv.get().isUsable(clock.instant())) {
        step = Step.CLOSED;
        closedMessage =
            "This invitation link has already been used or has expired. Contact the practice if"
                + " you still need an appointment.";
        return;
      }
      invitationId = inv.get().id();
      invitedFor = inv.get().slotType().value();
      practice = practices.byId(inv.get().practiceId()).orElse(null);
    } else if (ods instanceof String o) {
      practice = odsCode(o).flatMap(practices::find).orElse(null);
    }
    if (practice == null) {
      notFound(closedMessage);
      return;
    }
    practiceId = practice.id();
    practiceName = practice.name().value();
    Optional<String> closed =
        settings.rule(practiceId).checkChannel(invitationId != null).map(b -> b.message() + ".");
    if (closed.isPresent()) {
      step = Step.CLOSED;
      closedMessage = closed.get() + " Please phone the practice to book.";
      return;
    }
    step = Step.IDENTIFY;
    if (FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("expired")) {
      notice = "You were inactive for a while, so we have started again.";
    }
  }

  /** An address that leads nowhere says so to people, browsers and crawlers alike. */
  private void notFound(String message) {
    step = Step.NOT_FOUND;
    closedMessage = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
  }

  private static Optional<OdsCode> odsCode(String raw) {
    try {
      return Optional.of(OdsCode.of(raw));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  public void identify() {
    errors.clear();
    notice = null;
    LocalDate today = LocalDate.now(clock.withZone(Clocks.UK));
    var v = new Validation();
    NhsNumber nhs =
        isInvited()
            ? invitation().nhsNumber()
            : v.field("nhsNumber", form.getNhsNumber(), NhsNumber::of);
    DateOfBirth dob =
        v.field(
            "dob",
            form.getDobDay(),
            d -> DateOfBirth.of(d, form.getDobMonth(), form.getDobYear(), today));
    Surname surname = v.field("surname", form.getSurname(), Surname::of);
    try {
      v.throwIfInvalid();
      EmisPatient patient = identity.verify(practice(), nhs, dob, surname, clientAddress());
      identified =
          new Identified(
              nhs.value(),
              dob.value(),
              surname.value(),
              BookingService.textTo(patient).map(MobileNumber::value).orElse(null));
    } catch (DomainException e) {
      problem(e, isInvited() ? "dobDay" : "nhsNumber");
      return;
    }
    showTimes(null);
  }

  public void choose() {
    errors.clear();
    notice = null;
    String picked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slot");
    chosen = days.offered(picked).orElse(null);
    if (chosen == null) {
      errors.add("slot", days.firstOptionId(), "Choose a time");
      return;
    }
    step = Step.CONFIRM;
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
    Invitation invitation = isInvited() ? invitation() : null;
    Channel channel = invitation == null ? Channel.WEB : Channel.INVITE;
    var request =
        new BookingRequest(
            chosen.getSlotId(),
            new NhsNumber(identified.nhs()),
            new DateOfBirth(identified.dob()),
            new Surname(identified.surname()),
            reason);
    String slotKey =
        chosen.getSlotId().length() > 60
            ? request.fingerprint().substring(0, 60)
            : chosen.getSlotId();
    IdempotencyKey key = new IdempotencyKey("web:" + journeyId + ":" + slotKey);
    try {
      booked(
          booking.bookByPatient(
              new BookingService.Attempt(
                  practice(),
                  channel,
                  channel.patientActor(),
                  key,
                  request,
                  Optional.ofNullable(identified.mobile()).map(MobileNumber::new),
                  invitation)));
    } catch (DomainException e) {
      if (e.code() == ErrorCode.REQUEST_IN_PROGRESS) {
        afterSecondPress(key, e);
      } else {
        refused(e);
      }
    }
  }

  /**
   * "Book" pressed again while the first press is still with EMIS: wait a little for its outcome
   * and show that, rather than a message about waiting.
   */
  private void afterSecondPress(IdempotencyKey key, DomainException stillWaiting) {
    Optional<Booking> settled = booking.awaitSettled(practice(), key, SECOND_PRESS_WAIT);
    if (settled.isEmpty()) {
      problem(stillWaiting, "book");
      return;
    }
    try {
      booked(booking.answer(settled.get()));
    } catch (DomainException e) {
      refused(e);
    }
  }

  private void booked(Booking b) {
    booked = new BookedView(b, chosen, identified.mobile());
    step = Step.DONE;
  }

  /** This time cannot be booked after all: fresh choices if another time may do. */
  private void refused(DomainException e) {
    if (e.code() == ErrorCode.SLOT_TAKEN) {
      showTimes("That time has just been taken. Please choose another time.");
    } else if (e instanceof BookingRefused r && r.breach().aboutTheTime()) {
      showTimes(
          "You cannot book that time any more. "
              + r.breach().message()
              + ". Please choose"
              + " another time.");
    } else {
      problem(e, "book");
    }
  }

  public void back() {
    errors.clear();
    notice = null;
    step = step == Step.CONFIRM ? Step.CHOOSE : Step.IDENTIFY;
  }

  public void nextDay() {
    days.next();
    errors.clear();
  }

  public void previousDay() {
    days.previous();
    errors.clear();
  }

  /** A day picked from the list of days with free times. */
  public void showDay(int day) {
    days.show(day);
    errors.clear();
    notice = null;
  }

  /** "Try again" after the appointment book could not be read. */
  public void retryTimes() {
    errors.clear();
    showTimes(null);
  }

  /**
   * The choose step with times read afresh, and {@code message} above them; if the appointment book
   * cannot be read, the choose step says so and offers to try again (never an error page).
   */
  private void showTimes(String message) {
    try {
      loadTimes();
      timesUnavailable = false;
      notice = message;
    } catch (DomainException e) {
      days = DayPager.empty();
      chosen = null;
      step = Step.CHOOSE;
      timesUnavailable = true;
      notice = null;
      errors.clear();
      errors.add(null, "retryTimes", (message == null ? "" : message + " ") + UNREACHABLE);
    }
  }

  private void loadTimes() {
    BookingRule rule = settings.rule(practiceId);
    var scope = isInvited() ? invitation().scope() : rule.bookable();
    days =
        new DayPager(
            SlotChoices.group(
                search.bookable(practice(), rule, scope, null, null, null), rule.showClinician()));
    chosen = null;
    step = Step.CHOOSE;
  }

  private void problem(DomainException e, String target) {
    String message =
        switch (e.code()) {
          case VALIDATION_FAILED, PATIENT_NOT_MATCHED, RATE_LIMITED, BOOKING_NOT_ALLOWED ->
              e.getMessage();
          case REQUEST_IN_PROGRESS ->
              "We are still making your booking. Wait a moment, then press the button again.";
          default -> UNREACHABLE;
        };
    if (e.code() == ErrorCode.VALIDATION_FAILED) {
      e.errors()
          .forEach(
              f ->
                  errors.add(
                      f.field(), "dob".equals(f.field()) ? "dobDay" : f.field(), f.message()));
    } else {
      errors.add(null, target, message);
    }
  }

  private Practice practice() {
    return practices.byId(practiceId).orElseThrow();
  }

  private Invitation invitation() {
    return invitations.byId(invitationId).orElseThrow();
  }

  private String clientAddress() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    return addresses.of((HttpServletRequest) ext.getRequest());
  }

  public Step getStep() {
    return step;
  }

  public boolean isInvited() {
    return invitationId != null;
  }

  public String getInvitedFor() {
    return invitedFor;
  }

  public String getPracticeName() {
    return practiceName;
  }

  public String getClosedMessage() {
    return closedMessage;
  }

  public String getNotice() {
    return notice;
  }

  public boolean isTimesUnavailable() {
    return timesUnavailable;
  }

  public PatientForm getForm() {
    return form;
  }

  public PatientErrors getErrors() {
    return errors;
  }

  public DayPager getDays() {
    return days;
  }

  public SlotChoices.Option getChosen() {
    return chosen;
  }

  public BookedView getBooked() {
    return booked;
  }
}
