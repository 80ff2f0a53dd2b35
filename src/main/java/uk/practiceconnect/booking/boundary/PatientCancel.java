package uk.practiceconnect.booking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import uk.practiceconnect.booking.control.Cancellations;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.CancelToken;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.platform.web.ClientAddresses;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.PracticeContact;

/**
 * The cancel link from a booking confirmation ({@code /book/cancel/{token}}): shows the
 * appointment, asks for the date of birth, cancels in EMIS up to the practice's cut-off.
 */
@Named
@ViewScoped
public class PatientCancel implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Step {
    ASK,
    DONE,
    CLOSED
  }

  @Inject Cancellations cancellations;
  @Inject Practices practices;
  @Inject ClientAddresses addresses;
  @Inject Clock clock;

  final PatientForm form = new PatientForm();
  final PatientErrors errors = new PatientErrors();
  private Step step = Step.CLOSED;
  private String token;
  private String practiceName;
  private PracticeContact contact;
  private String day;
  private String time;
  private String slotType;
  private String closedMessage = "This cancel link is not valid. Phone the practice to cancel.";

  @PostConstruct
  void init() {
    Object raw =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PatientLinks.CANCEL);
    Booking b =
        raw instanceof String t
            ? CancelToken.parse(t).flatMap(cancellations::byLink).orElse(null)
            : null;
    if (b == null) {
      // a link that leads nowhere says so to browsers and crawlers too
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    token = (String) raw;
    contact = practices.byId(b.practiceId()).map(PracticeContact::of).orElse(null);
    practiceName = contact == null ? "" : contact.name();
    var start = b.slotStart().atZone(UkTime.ZONE);
    day = SlotChoices.DAY.format(start);
    time = SlotChoices.TIME.format(start);
    slotType = b.slotType();
    if (b.status() == BookingStatus.CANCELLED) {
      step = Step.DONE;
    } else if (b.status() == BookingStatus.MOVED) {
      closedMessage =
          "The practice has moved this appointment to another time. Phone the practice if you"
              + " need to change or cancel it.";
    } else if (!b.slotStart().isAfter(clock.instant())) {
      closedMessage = "This appointment has already started or passed.";
    } else {
      step = Step.ASK;
    }
  }

  public void cancel() {
    errors.clear();
    var v = new Validation();
    LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
    DateOfBirth dob =
        v.field(
            "dob",
            form.getDobDay(),
            d -> DateOfBirth.of(d, form.getDobMonth(), form.getDobYear(), today));
    try {
      v.throwIfInvalid();
      var request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      cancellations.cancelByPatient(
          CancelToken.parse(token).orElseThrow(), dob, addresses.of(request));
      step = Step.DONE;
    } catch (DomainException e) {
      if (e.code() == ErrorCode.VALIDATION_FAILED) {
        e.errors().forEach(f -> errors.add(f.field(), "dobDay", f.message()));
      } else if (e.code() == ErrorCode.BOOKING_NOT_ALLOWED || e.code() == ErrorCode.RATE_LIMITED) {
        errors.add(null, "dobDay", e.getMessage());
      } else {
        errors.add(
            null,
            "dobDay",
            "We cannot reach the practice's appointment system just now. Please try again later,"
                + " or phone the practice.");
      }
    }
  }

  public Step getStep() {
    return step;
  }

  public PatientForm getForm() {
    return form;
  }

  public PatientErrors getErrors() {
    return errors;
  }

  /** How to reach the practice (phone, address), for the page's header and footer. */
  public PracticeContact getContact() {
    return contact;
  }

  public String getPracticeName() {
    return practiceName;
  }

  public String getDay() {
    return day;
  }

  public String getTime() {
    return time;
  }

  public String getSlotType() {
    return slotType;
  }

  public String getClosedMessage() {
    return closedMessage;
  }
}
