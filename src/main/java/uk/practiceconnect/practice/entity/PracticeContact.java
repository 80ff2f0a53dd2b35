package uk.practiceconnect.practice.entity;

import java.io.Serializable;

/**
 * How patients reach a practice, for the patient pages: its name, and its phone number and address
 * when the practice has given them (null otherwise); its ODS code names it in the address of its
 * privacy notice.
 */
public record PracticeContact(String name, String phone, String dial, String address, String ods)
    implements Serializable {

  public static final int ADDRESS_MAX_LENGTH = 300;

  public static PracticeContact of(Practice p) {
    return new PracticeContact(
        p.name().value(),
        p.phone().map(PracticePhone::value).orElse(null),
        p.phone().map(PracticePhone::dial).orElse(null),
        p.address().orElse(null),
        p.odsCode().value());
  }

  // bean getters: Faces EL (Jakarta EE 10) reads properties, not record accessors

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getDial() {
    return dial;
  }

  public String getAddress() {
    return address;
  }

  public String getOds() {
    return ods;
  }
}
