package uk.practiceconnect.reminders.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.entity.PracticeContact;
import uk.practiceconnect.reminders.control.OptOutLinks;
import uk.practiceconnect.reminders.control.PatientLinks;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;

/**
 * The public page a reminder's cancel link opens (no sign-in): date of birth, then the appointment
 * and a button to cancel it, or to stop reminders. The date of birth stays on the server, in this
 * view, between the steps; it is never written back into the page.
 */
@Named
@ViewScoped
public class CancelPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientLinks links;
  @Inject OptOutLinks optOuts;

  private String token;
  private PracticeContact contact;
  private LinkView view = LinkView.of(State.NOT_FOUND);
  private final DateOfBirthInput dob = new DateOfBirthInput();
  private LocalDate verified;
  private String error;

  public void load() {
    view = links.open(token, LinkPurpose.CANCEL);
    contact = links.contact(token, LinkPurpose.CANCEL).orElse(null);
  }

  public void check() {
    error = null;
    LocalDate date;
    try {
      date = dob.toDate(LocalDate.now(UkTime.ZONE));
    } catch (InvalidValueException e) {
      error = e.getMessage();
      return;
    }
    view = links.verify(token, date);
    if (view.state() == State.VERIFIED || view.state() == State.TOO_LATE) {
      verified = date;
    } else if (view.state() == State.WRONG_DATE_OF_BIRTH) {
      error =
          "The date of birth does not match our records. "
              + (view.attemptsLeft() == 1
                  ? "You have 1 more try before this link is locked."
                  : "You have " + view.attemptsLeft() + " more tries.");
    }
  }

  public void cancel() {
    if (verified != null) {
      view = links.cancel(token, verified);
    }
  }

  public void stopReminders() {
    if (verified != null) {
      view = optOuts.optOutVerified(token, verified);
    }
  }

  public boolean is(String state) {
    return view.state().name().equals(state);
  }

  public boolean isAsking() {
    return view.state() == State.ASK_DATE_OF_BIRTH || view.state() == State.WRONG_DATE_OF_BIRTH;
  }

  public LinkView getView() {
    return view;
  }

  public String getPracticeName() {
    return view.practiceName() == null ? "your GP practice" : view.practiceName();
  }

  public DateOfBirthInput getDob() {
    return dob;
  }

  public String getError() {
    return error;
  }

  /** How to reach the practice, for the footer; none for a link that is not ours. */
  public PracticeContact getContact() {
    return contact;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
