package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.OrganisationId;
import uk.practiceconnect.practice.entity.OdsCode;

class ValidationTest {

  @Test
  void collectsEveryFieldErrorBeforeFailing() {
    var v = new Validation();
    v.field("odsCode", "nope", OdsCode::of);
    v.field("organisationId", "x", OrganisationId::of);
    var e = assertThrows(DomainException.class, v::throwIfInvalid);
    assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    assertEquals("2 fields need attention", e.getMessage());
    assertEquals("odsCode", e.errors().get(0).field());
    assertEquals("organisationId", e.errors().get(1).field());
  }

  @Test
  void oneErrorIsItsOwnDetail() {
    var v = new Validation();
    v.field("organisationId", "x", OrganisationId::of);
    var e = assertThrows(DomainException.class, v::throwIfInvalid);
    assertEquals(e.errors().get(0).message(), e.getMessage());
  }

  @Test
  void statusesMapToOneVocabulary() {
    assertEquals(ErrorCode.NOT_FOUND, ErrorCode.forStatus(404));
    assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.forStatus(415));
    assertEquals(ErrorCode.INTERNAL, ErrorCode.forStatus(502));
    assertEquals(
        "https://practice-connect.uk/problems/changed-by-someone-else",
        ErrorCode.CHANGED_BY_SOMEONE_ELSE.typeUri());
  }
}
