package uk.practiceconnect.emis.entity;

import java.util.Locale;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A session/slot type as the practice named it in EMIS ("Routine GP appointment", "Nurse -
 * bloods"). EMIS treats names that differ only in case as one type, and so does this value: two
 * slot types are equal when their names are, ignoring case; the spelling EMIS gave is kept for
 * people to read. Reminders switch on and off per type, online booking offers some types.
 */
public final class SlotType implements Comparable<SlotType> {

  /** The longest name kept (the database columns hold this many characters). */
  public static final int MAX_LENGTH = 100;

  /** What appointments without a slot type in EMIS are listed as, so they can still be chosen. */
  public static final SlotType NONE = new SlotType("(no slot type)");

  private final String value;

  private SlotType(String value) {
    this.value = value;
  }

  /** A name a person or another system typed: one line, at most {@value #MAX_LENGTH} characters. */
  public static SlotType of(String raw) {
    Text.required(raw, "Enter the slot type's name");
    String name = raw.strip();
    Text.maxLength(name, MAX_LENGTH, "A slot type's name");
    if (Text.hasUnreadableCharacters(name)) {
      throw new InvalidValueException("A slot type's name must be one line of text");
    }
    return new SlotType(name);
  }

  /** A type as EMIS reports it: none becomes {@link #NONE}, an over-long name is cut short. */
  public static SlotType fromEmis(String raw) {
    if (raw == null || raw.isBlank()) {
      return NONE;
    }
    String name = raw.strip().replaceAll("\\p{Cntrl}", " ");
    return new SlotType(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH).strip() : name);
  }

  public String value() {
    return value;
  }

  /** Whether an appointment or slot EMIS reported with this type name is of this type. */
  public boolean matches(String emisSlotType) {
    return equals(fromEmis(emisSlotType));
  }

  /** The name as compared: lower case, for keys and queries. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlotType other && key().equals(other.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public int compareTo(SlotType o) {
    return value.compareToIgnoreCase(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
