package uk.practiceconnect.sandbox.notify.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.SmsRequest;

class SmsRequestJsonTest {

  static final String TEMPLATE = "e5715007-42ab-4b03-bc2e-e66e2be2c1a3";

  @Test
  void readsWhatTheJavaClientSends() {
    SmsRequest r =
        SmsRequestJson.parse(
            "{\"phone_number\":\"07700 900123\",\"template_id\":\""
                + TEMPLATE
                + "\",\"personalisation\":{\"body\":\"Hi\",\"n\":2.50,\"list\":[\"a\",1]},"
                + "\"reference\":\"rem-42\"}");
    assertEquals("07700 900123", r.phoneNumber());
    assertEquals("447700900123", r.mobile().normalised());
    assertEquals(UUID.fromString(TEMPLATE), r.templateId());
    assertEquals("Hi", r.personalisation().get("body"));
    assertEquals("2.5", r.personalisation().get("n"));
    assertEquals(List.of("a", "1"), r.personalisation().get("list"));
    assertEquals("rem-42", r.reference());
    assertNull(r.smsSenderId());
  }

  @Test
  void reportsEverySchemaErrorAtOnceInNotifysWords() {
    NotifyError e =
        assertThrows(
            NotifyError.class,
            () ->
                SmsRequestJson.parse(
                    "{\"template_id\":\"nope\",\"personalisation\":[1],\"colour\":\"red\","
                        + "\"sms_sender_id\":\"x\"}"));
    assertEquals(400, e.status());
    List<String> messages = e.errors().stream().map(NotifyError.Entry::message).toList();
    e.errors().forEach(x -> assertEquals("ValidationError", x.error()));
    assertEquals(
        List.of(
            "Additional properties are not allowed (colour was unexpected)",
            "phone_number is a required property",
            "template_id is not a valid UUID",
            "sms_sender_id is not a valid UUID",
            "personalisation [1] is not of type object"),
        messages);
  }

  @Test
  void refusesANumberThatIsNotAUkMobile() {
    NotifyError e =
        assertThrows(
            NotifyError.class,
            () ->
                SmsRequestJson.parse(
                    "{\"phone_number\":\"020 7946 0958\",\"template_id\":\"" + TEMPLATE + "\"}"));
    assertEquals("ValidationError", e.errors().get(0).error());
    assertEquals("phone_number Not a UK mobile number", e.errors().get(0).message());
  }

  @Test
  void refusesABodyThatIsNotAJsonObject() {
    for (String body : new String[] {"", "not json", "[1]", "{\"a\":"}) {
      NotifyError e = assertThrows(NotifyError.class, () -> SmsRequestJson.parse(body));
      assertEquals("BadRequestError", e.errors().get(0).error());
      assertEquals("Invalid JSON supplied in POST data", e.errors().get(0).message());
    }
  }
}
