package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class IdempotencyKeyTest {

  @Test
  void theSameValueFromTwoApiKeysIsTwoKeys() {
    IdempotencyKey sent = IdempotencyKey.of("7f1c2a9e-booking-1");
    assertNotEquals(sent.ownedBy("api-key#1"), sent.ownedBy("api-key#2"));
    assertEquals(
        sent.ownedBy("api-key#1"), IdempotencyKey.of("7f1c2a9e-booking-1").ownedBy("api-key#1"));
  }

  @Test
  void aFullLengthKeyStillFitsOnceOwned() {
    IdempotencyKey longest = IdempotencyKey.of("k".repeat(IdempotencyKey.MAX_LENGTH));
    assertEquals("api-key#123456/" + "k".repeat(100), longest.ownedBy("api-key#123456").value());
    assertThrows(InvalidValueException.class, () -> IdempotencyKey.of("k".repeat(101)));
  }
}
