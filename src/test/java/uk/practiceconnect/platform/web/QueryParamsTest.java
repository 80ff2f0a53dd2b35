package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

class QueryParamsTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "-1", "501", "99999999999999999999", "0x10"})
  void aSizeThatIsNotOneIsABadRequestNamingIt(String raw) {
    var e = assertThrows(DomainException.class, () -> QueryParams.whole("size", raw, 1, 500, 100));
    assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    assertEquals("size", e.errors().get(0).field());
  }

  @Test
  void absentMeansTheDefault() {
    assertEquals(100, QueryParams.whole("size", null, 1, 500, 100));
    assertEquals(100, QueryParams.whole("size", " ", 1, 500, 100));
    assertEquals(7, QueryParams.whole("size", " 7 ", 1, 500, 100));
  }

  @Test
  void aPageWhoseFirstRowWouldOverflowIsRefused() {
    assertEquals(
        ErrorCode.VALIDATION_FAILED,
        assertThrows(DomainException.class, () -> QueryParams.page("2147483647", 100)).code());
    assertEquals(21474836, QueryParams.page("21474836", 100));
  }
}
