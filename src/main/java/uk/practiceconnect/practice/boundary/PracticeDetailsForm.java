package uk.practiceconnect.practice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticePhone;

/**
 * "How patients reach you" on Feature settings: the phone number and address the patient pages
 * show, wherever they tell a patient to phone the practice.
 */
@Named
@ViewScoped
public class PracticeDetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "contactForm";

  @Inject Practices practices;
  @Inject CurrentPractice current;

  private String phone;
  private String address;

  public void load() {
    if (current.getId() != null) {
      show(current.practice());
    }
  }

  public void save() {
    try {
      Practice p = practices.changeContact(current.caller(), current.forChange(), phone, address);
      show(p);
      FacesErrors.success(
          FORM,
          p.phone().isPresent()
              ? "Saved. Patients see " + phone + " on the booking and cancel pages."
              : "Saved. Without a phone number, patients are told to phone the practice.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  private void show(Practice p) {
    phone = p.phone().map(PracticePhone::value).orElse("");
    address = p.address().orElse("");
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
