package uk.practiceconnect.reminders.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A session/slot type as EMIS names it ("Routine GP", "Nurse - bloods"). Reminders can be switched
 * on and off per type; the name is EMIS's, compared exactly.
 */
public record SlotType(String name) implements Comparable<SlotType> {

  public static final int MAX_LENGTH = 80;

  public SlotType {
    Text.required(name, "Enter the slot type's name");
    if (!name.equals(name.strip())) {
      throw new InvalidValueException("A slot type's name must not start or end with a space");
    }
    Text.maxLength(name, MAX_LENGTH, "A slot type's name");
  }

  /** A type as EMIS reports it: blank becomes "(no slot type)" so it can still be switched. */
  public static SlotType fromEmis(String raw) {
    if (raw == null || raw.isBlank()) {
      return new SlotType("(no slot type)");
    }
    String s = raw.strip();
    return new SlotType(s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
  }

  @Override
  public int compareTo(SlotType o) {
    return name.compareToIgnoreCase(o.name);
  }
}
