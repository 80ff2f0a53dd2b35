package uk.practiceconnect.sms.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.sms.entity.SmsLength.Encoding;

class SmsLengthTest {

  @Test
  void plainTextUpTo160CharactersIsOneText() {
    assertEquals(new SmsLength(Encoding.GSM_7, 160, 1), SmsLength.of("a".repeat(160)));
  }

  @Test
  void plainTextOver160IsSplitIn153s() {
    assertEquals(new SmsLength(Encoding.GSM_7, 161, 2), SmsLength.of("a".repeat(161)));
    assertEquals(new SmsLength(Encoding.GSM_7, 306, 2), SmsLength.of("a".repeat(306)));
    assertEquals(new SmsLength(Encoding.GSM_7, 307, 3), SmsLength.of("a".repeat(307)));
  }

  @Test
  void gsmExtensionCharactersCountTwice() {
    assertEquals(new SmsLength(Encoding.GSM_7, 10, 1), SmsLength.of("€€€€€"));
    assertEquals(new SmsLength(Encoding.GSM_7, 162, 2), SmsLength.of("[" + "a".repeat(160)));
  }

  @Test
  void anExtensionCharacterIsNotSplitBetweenTwoTexts() {
    // 152 plain + "€" (2) = 154 > 153: the euro sign moves to the second text
    String text = "a".repeat(152) + "€" + "a".repeat(152);
    assertEquals(306, SmsLength.of(text).length());
    assertEquals(3, SmsLength.of(text).fragments());
  }

  @Test
  void poundsAndAccentsOfTheGsmSetStayGsm() {
    assertEquals(Encoding.GSM_7, SmsLength.of("£5 à Zürich, café? Ñ ¿¡").encoding());
  }

  @Test
  void oneOtherCharacterMakesTheWholeTextUcs2() {
    assertEquals(new SmsLength(Encoding.UCS_2, 70, 1), SmsLength.of("ŵ" + "a".repeat(69)));
    assertEquals(new SmsLength(Encoding.UCS_2, 71, 2), SmsLength.of("ŵ" + "a".repeat(70)));
    assertEquals(new SmsLength(Encoding.UCS_2, 134, 2), SmsLength.of("’" + "a".repeat(133)));
    assertEquals(new SmsLength(Encoding.UCS_2, 135, 3), SmsLength.of("’" + "a".repeat(134)));
  }

  @Test
  void anEmojiTakesTwoPlacesAndIsNotSplit() {
    assertEquals(new SmsLength(Encoding.UCS_2, 2, 1), SmsLength.of("😀"));
    // 66 + emoji (2) = 68 > 67: the emoji starts the second text
    String text = "a".repeat(66) + "😀" + "a".repeat(10);
    assertEquals(78, SmsLength.of(text).length());
    assertEquals(2, SmsLength.of(text).fragments());
  }

  @Test
  void emptyIsNoText() {
    assertEquals(0, SmsLength.of("").fragments());
    assertEquals(0, SmsLength.of(null).fragments());
  }

  @Test
  void describesItselfForThePreview() {
    assertEquals("1 text (5 characters)", SmsLength.of("hello").describe());
    assertEquals(
        "1 text (5 characters; special characters make each text shorter)",
        SmsLength.of("hellŵ").describe());
    assertEquals(155, SmsLength.of("hello").remainingInFragment());
  }
}
