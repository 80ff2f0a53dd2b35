package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

class IfMatchTest {

  @Test
  void readsStrongWeakAndMissingTags() {
    assertEquals(3L, IfMatch.expectedVersion("\"3\""));
    assertEquals(3L, IfMatch.expectedVersion("W/\"3\""));
    assertNull(IfMatch.expectedVersion(null));
    assertNull(IfMatch.expectedVersion("*"));
  }

  @Test
  void readsTheTagOfSettingsNeverSaved() {
    assertEquals(-1L, IfMatch.expectedVersion("\"-1\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "\"1\", \"2\"", "W/", "\"3"})
  void aTagItDidNotIssueIsABadRequestNotAConflict(String tag) {
    var e = assertThrows(DomainException.class, () -> IfMatch.expectedVersion(tag));
    assertEquals(ErrorCode.MALFORMED_REQUEST, e.code());
    assertEquals(400, e.code().status());
  }
}
