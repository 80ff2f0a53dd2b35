package uk.practiceconnect.booking.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/** The family name a patient types to prove who they are; EMIS compares it loosely. */
public record Surname(String value) {

  public static final int MAX_LENGTH = 100;

  public Surname {
    Text.required(value, "Enter your surname");
    if (value.length() > MAX_LENGTH || Text.hasUnreadableCharacters(value)) {
      throw new InvalidValueException("Enter your surname as it is on your GP record");
    }
  }

  public static Surname of(String raw) {
    Text.required(raw, "Enter your surname");
    return new Surname(raw.strip());
  }

  @Override
  public String toString() {
    return "Surname[hidden]";
  }
}
