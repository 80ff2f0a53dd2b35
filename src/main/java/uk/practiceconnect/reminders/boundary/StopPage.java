package uk.practiceconnect.reminders.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.practiceconnect.practice.entity.PracticeContact;
import uk.practiceconnect.reminders.control.OptOutLinks;
import uk.practiceconnect.reminders.control.PatientLinks;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;

/**
 * The public page of a reminder's opt-out link: one button stops all reminders from the practice.
 * Opening the link changes nothing (phones and mail scanners open links by themselves); only the
 * button does.
 */
@Named
@ViewScoped
public class StopPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientLinks links;
  @Inject OptOutLinks optOuts;

  private String token;
  private PracticeContact contact;
  private LinkView view = LinkView.of(State.NOT_FOUND);

  public void load() {
    view = links.open(token, LinkPurpose.OPT_OUT);
    contact = links.contact(token, LinkPurpose.OPT_OUT).orElse(null);
  }

  public void stop() {
    view = optOuts.optOut(token);
  }

  public boolean is(String state) {
    return view.state().name().equals(state);
  }

  public String getPracticeName() {
    return view.practiceName() == null ? "your GP practice" : view.practiceName();
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
