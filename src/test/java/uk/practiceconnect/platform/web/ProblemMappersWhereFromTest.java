package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemMappersWhereFromTest {

  private static void failWith(String message) {
    throw new IllegalStateException(message);
  }

  @Test
  void namesTheClassesAndOurOwnFramesButNeverTheMessages() {
    String where;
    try {
      try {
        failWith("patient 9990000026 Sam Morgan");
        where = "";
      } catch (IllegalStateException e) {
        throw new RuntimeException("wrapped: 9990000026", e);
      }
    } catch (RuntimeException e) {
      where = ProblemMappers.whereFrom(e);
    }
    assertTrue(where.startsWith("java.lang.RuntimeException at platform.web."), where);
    assertTrue(
        where.contains("; caused by java.lang.IllegalStateException at platform.web."), where);
    assertTrue(where.contains("ProblemMappersWhereFromTest.failWith:"), where);
    assertFalse(where.contains("9990000026"), where);
    assertFalse(where.contains("Morgan"), where);
  }
}
