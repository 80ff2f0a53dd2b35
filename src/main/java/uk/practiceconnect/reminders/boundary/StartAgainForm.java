package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.reminders.control.StartAgain;

/** The Reminders page's small form for starting a patient's reminders again. */
@Named
@RequestScoped
public class StartAgainForm {

  static final String FORM = "startAgain";

  @Inject StartAgain startAgain;
  @Inject CurrentPractice current;

  private String patient;

  public void submit() {
    try {
      StartAgain.Result r = startAgain.startAgain(current.caller(), current.forChange(), patient);
      if (r == StartAgain.Result.STARTED_AGAIN) {
        FacesErrors.success(FORM, StartAgainTexts.of(r));
        patient = null;
      } else {
        FacesErrors.warn(FORM, StartAgainTexts.of(r));
      }
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }
}
