package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

  static Map<String, String> production() {
    Map<String, String> c = new HashMap<>();
    c.put("demo.enabled", "false");
    c.put("http.secure-cookies", "true");
    c.put("credentials.keys", "k1:" + "A".repeat(43) + "=");
    c.put("credentials.active-key", "k1");
    c.put("sms.notify.api-key", "live-1234-5678");
    c.put("emis.partner.base-url", "https://emis-gateway.example.nhs.uk/partner");
    c.put("sms.notify.base-url", "https://api.notifications.service.gov.uk");
    return c;
  }

  static List<String> problems(Map<String, String> c) {
    return ProductionSettings.problems(k -> Optional.ofNullable(c.get(k)));
  }

  @Test
  void goodProductionSettingsHaveNoProblems() {
    assertEquals(List.of(), problems(production()));
  }

  @Test
  void theDemoIsNeverRefused() {
    Map<String, String> c = new HashMap<>();
    c.put("demo.enabled", "true");
    c.put("http.secure-cookies", "false");
    assertEquals(List.of(), problems(c));
  }

  @Test
  void cookiesWithoutSecureAreRefused() {
    var c = production();
    c.put("http.secure-cookies", "false");
    assertEquals(1, problems(c).size());
    assertTrue(problems(c).get(0).contains("HTTP_SECURE_COOKIES=true"));
  }

  @Test
  void everyDemoSecretIsRefusedWithWhatToSetInstead() {
    var c = production();
    c.put("credentials.active-key", ProductionSettings.DEMO_KEY_ID);
    c.put(
        "sms.notify.api-key",
        "practice_connect_demo-" + ProductionSettings.DEMO_NOTIFY_SERVICE + "-x");
    c.put("platform.first-admin.password", "demo-password-1");
    List<String> p = problems(c);
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(0).contains("CREDENTIALS_KEYS"));
    assertTrue(p.get(1).contains("SMS_NOTIFY_API_KEY"));
    assertTrue(p.get(2).contains("PLATFORM_FIRST_ADMIN_PASSWORD"));
  }

  @Test
  void theDemoKeyListedBesideOthersIsRefusedToo() {
    var c = production();
    c.put("credentials.keys", "k1:abc,demo-2026:" + ProductionSettings.DEMO_KEY);
    assertEquals(1, problems(c).size());
  }

  @Test
  void addressesOfTheStandInsAreRefusedUnlessTheyAreDeployedOnPurpose() {
    var c = production();
    c.put("emis.partner.base-url", "http://127.0.0.1:8080/sandbox/emis/partner/v1");
    c.put("sms.notify.base-url", "http://127.0.0.1:8080/sandbox/notify");
    List<String> p = problems(c);
    assertEquals(2, p.size());
    assertTrue(p.get(0).startsWith("emis.partner.base-url points at a stand-in"));
    c.put("standins.deployed", "true");
    assertEquals(List.of(), problems(c));
  }
}
