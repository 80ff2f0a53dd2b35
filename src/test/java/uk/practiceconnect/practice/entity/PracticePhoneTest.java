package uk.practiceconnect.practice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class PracticePhoneTest {

  @Test
  void keepsTheSpacesThePracticeWritesAndDialsTheDigits() {
    PracticePhone p = PracticePhone.of("  01632   960 001 ");
    assertEquals("01632 960 001", p.value());
    assertEquals("01632960001", p.dial());
    assertEquals("+441632960001", PracticePhone.of("+44 1632 960001").dial());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"960 001", "01632-960-001", "phone us", "+33 1 23 45 67 89", "0163296000111"})
  void refusesWhatIsNotAUkNumber(String typed) {
    var e = assertThrows(InvalidValueException.class, () -> PracticePhone.of(typed));
    assertEquals(
        "Enter the practice's phone number as patients dial it, for example 01632 960 001",
        e.getMessage());
  }
}
