package uk.practiceconnect.sandbox.emis.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FaultTest {

  @Test
  void rejectsRatesOutsideZeroToOne() {
    assertThrows(SandboxFailure.class, () -> new Fault("*", 0, 1.5, 0, 0));
    assertThrows(SandboxFailure.class, () -> new Fault("*", 0, 0, -0.1, 0));
    assertThrows(SandboxFailure.class, () -> new Fault("*", 0, 0, 0, Double.NaN));
  }

  @Test
  void rejectsRatesAddingUpToMoreThanOne() {
    assertThrows(SandboxFailure.class, () -> new Fault("*", 0, 0.6, 0.5, 0));
    assertDoesNotThrow(() -> new Fault("*", 0, 0.5, 0.5, 0));
  }

  @Test
  void rejectsNegativeOrHugeLatency() {
    assertThrows(SandboxFailure.class, () -> new Fault("*", -1, 0, 0, 0));
    assertThrows(SandboxFailure.class, () -> new Fault("*", 60_001, 0, 0, 0));
  }
}
