package uk.practiceconnect.booking.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A session/slot type as the practice named it in EMIS ("Routine GP appointment"). EMIS compares
 * slot types ignoring case, so do we.
 */
public record SlotType(String value) {

  public static final int MAX_LENGTH = 100;

  public SlotType {
    Text.required(value, "Choose a slot type");
    Text.maxLength(value, MAX_LENGTH, "A slot type");
    if (Text.hasControlCharacters(value) || !value.equals(value.strip())) {
      throw new InvalidValueException("A slot type must be one line without outer spaces");
    }
  }

  public static SlotType of(String raw) {
    Text.required(raw, "Choose a slot type");
    return new SlotType(raw.strip());
  }

  public boolean matches(String emisSlotType) {
    return emisSlotType != null && value.equalsIgnoreCase(emisSlotType.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
