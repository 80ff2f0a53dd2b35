package uk.practiceconnect.sandbox.emis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @Test
  void acceptsAValidNumberWrittenWithSpaces() {
    assertEquals("9434765919", NhsNumber.of("943 476 5919").value());
  }

  @Test
  void rejectsNhsNumberWithWrongCheckDigit() {
    SandboxFailure f = assertThrows(SandboxFailure.class, () -> NhsNumber.of("9434765918"));
    assertEquals(Outcome.BAD_REQUEST, f.outcome());
  }

  @Test
  void rejectsNumbersThatAreNotTenDigits() {
    assertFalse(NhsNumber.isValid("943476591"));
    assertFalse(NhsNumber.isValid("94347659190"));
    assertFalse(NhsNumber.isValid("94347X5919"));
    assertFalse(NhsNumber.isValid(null));
  }

  @Test
  void checkDigitFollowsModulus11() {
    // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
    assertEquals(9, NhsNumber.checkDigit("943476591"));
    // a remainder of 0 gives 11, which is written 0
    assertEquals(0, NhsNumber.checkDigit("000000000"));
  }

  @Test
  void nineDigitsWhoseCheckWouldBeTenStartNoValidNumber() {
    // 1*10 + 0*9 ... + 1*2 = 12 -> 12 mod 11 = 1 -> 10: no valid number starts with these
    assertEquals(10, NhsNumber.checkDigit("100000001"));
    for (int d = 0; d <= 9; d++) {
      assertFalse(NhsNumber.isValid("100000001" + d));
    }
  }

  @Test
  void generatedNumbersAreValidUniqueEnoughAndInTheTestRange() {
    SplittableRandom random = new SplittableRandom(42);
    var seen = new HashSet<String>();
    for (int i = 0; i < 5_000; i++) {
      NhsNumber n = NhsNumber.random(random);
      assertTrue(NhsNumber.isValid(n.value()), n.value());
      assertTrue(n.value().startsWith("999"), n.value());
      seen.add(n.value());
    }
    assertTrue(seen.size() > 4_900, "too many repeats: " + seen.size());
  }

  @Test
  void generatorSkipsPrefixesWhoseCheckDigitWouldBeTen() {
    // draws in order: a prefix with check 10 first, then a usable one
    int[] draws = {firstPrefix(true), firstPrefix(false)};
    var random =
        new java.util.random.RandomGenerator() {
          int i;

          @Override
          public long nextLong() {
            return 0;
          }

          @Override
          public int nextInt(int bound) {
            return draws[i++];
          }
        };
    NhsNumber n = NhsNumber.random(random);
    assertEquals("999" + String.format("%06d", draws[1]), n.value().substring(0, 9));
    assertNotEquals(10, n.value().charAt(9) - '0');
  }

  private static int firstPrefix(boolean checkTen) {
    for (int i = 0; i < 1_000_000; i++) {
      if ((NhsNumber.checkDigit("999" + String.format("%06d", i)) == 10) == checkTen) {
        return i;
      }
    }
    throw new IllegalStateException();
  }
}
