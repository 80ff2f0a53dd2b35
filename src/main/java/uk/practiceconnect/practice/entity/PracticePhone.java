package uk.practiceconnect.practice.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * The phone number patients ring the practice on, as the practice writes it (spaces kept, so "01632
 * 960 001" reads as it does on the practice's letters). A UK number: 10 or 11 digits starting 0, or
 * +44 and the number without its 0.
 */
public record PracticePhone(String value) {

  public static final int MAX_LENGTH = 20;

  private static final String FORMAT =
      "Enter the practice's phone number as patients dial it, for example 01632 960 001";

  public PracticePhone {
    if (value == null || !value.equals(value.strip()) || value.length() > MAX_LENGTH) {
      throw new InvalidValueException(FORMAT);
    }
    String digits = value.replace(" ", "");
    if (!digits.matches("0\\d{9,10}|\\+44\\d{9,10}")) {
      throw new InvalidValueException(FORMAT);
    }
  }

  /** From what was typed: spaces around it dropped, runs of spaces made one; blank is none. */
  public static PracticePhone of(String raw) {
    return new PracticePhone(raw == null ? null : raw.strip().replaceAll("\\s+", " "));
  }

  /** For a {@code tel:} link: the digits (and a leading +) only. */
  public String dial() {
    return value.replace(" ", "");
  }

  @Override
  public String toString() {
    return value;
  }
}
