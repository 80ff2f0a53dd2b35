package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.sms.control.SenderInstances.Share;

class SenderInstancesTest {

  @Test
  void liveInstancesSplitTheRateAndTheBurstEvenly() {
    assertEquals(new Share(3000, 50), Share.of(3000, 50, 1));
    assertEquals(new Share(1500, 25), Share.of(3000, 50, 2));
    assertEquals(new Share(1000, 16), Share.of(3000, 50, 3));
  }

  @Test
  void aShareIsNeverZero() {
    assertEquals(new Share(1, 1), Share.of(3, 1, 5));
    assertEquals(new Share(3000, 50), Share.of(3000, 50, 0), "no count yet: this one alone");
  }
}
