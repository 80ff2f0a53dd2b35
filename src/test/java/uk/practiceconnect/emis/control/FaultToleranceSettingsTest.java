package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The timeouts and retries of partner calls, as the shipped configuration sets them. */
class FaultToleranceSettingsTest {

  static final String ATTEMPTS = PartnerAttempts.class.getName();

  static Properties shipped() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        FaultToleranceSettingsTest.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      p.load(in);
    }
    return p;
  }

  /** A value with one level of ${key} resolved, as MicroProfile Config expands it. */
  static String resolved(Properties p, String key) {
    String v = p.getProperty(key);
    if (v != null && v.startsWith("${") && v.endsWith("}")) {
      return p.getProperty(v.substring(2, v.length() - 1));
    }
    return v;
  }

  @Test
  void theAttemptTimeoutMustOutlastTheRestClientsOwnTimeouts() {
    assertTrue(
        FaultToleranceSettings.problem(2000, 10000, 12000).isPresent(), "equal is too short");
    assertTrue(FaultToleranceSettings.problem(2000, 10000, 9000).isPresent());
    assertTrue(FaultToleranceSettings.problem(0, 0, 0).isPresent());
    assertFalse(FaultToleranceSettings.problem(2000, 10000, 12500).isPresent());
    String why = FaultToleranceSettings.problem(2000, 10000, 5000).orElseThrow();
    assertTrue(why.contains("emis.partner.attempt-timeout-ms") && why.contains("readTimeout"), why);
  }

  @Test
  void theShippedTimeoutIsAnMpFaultToleranceKeyAndFitsTheRestClient() throws IOException {
    Properties p = shipped();
    assertEquals("${emis.partner.attempt-timeout-ms}", p.getProperty(ATTEMPTS + "/Timeout/value"));
    long attempt = Long.parseLong(resolved(p, ATTEMPTS + "/Timeout/value"));
    long connect = Long.parseLong(resolved(p, FaultToleranceSettings.CONNECT_TIMEOUT));
    long read = Long.parseLong(resolved(p, FaultToleranceSettings.READ_TIMEOUT));
    assertTrue(
        FaultToleranceSettings.problem(connect, read, attempt).isEmpty(),
        () -> FaultToleranceSettings.problem(connect, read, attempt).orElse(""));
    assertEquals(PartnerAttempts.TIMEOUT_MS, attempt, "the annotation's default says the same");
  }

  @Test
  void retriesAreConfiguredForReadsAndRepeatableChangesButNeverForABooking() throws IOException {
    Properties p = shipped();
    for (String method : new String[] {"read", "repeatableChange"}) {
      assertEquals(
          "${emis.partner.retry.max-retries}",
          p.getProperty(ATTEMPTS + "/" + method + "/Retry/maxRetries"));
      assertEquals(
          "${emis.partner.retry.delay-ms}",
          p.getProperty(ATTEMPTS + "/" + method + "/Retry/delay"));
      assertEquals(
          "${emis.partner.retry.jitter-ms}",
          p.getProperty(ATTEMPTS + "/" + method + "/Retry/jitter"));
    }
    assertEquals(
        String.valueOf(PartnerAttempts.MAX_RETRIES),
        p.getProperty("emis.partner.retry.max-retries"));
    assertTrue(
        p.stringPropertyNames().stream().noneMatch(k -> k.contains("/oneShotChange/Retry")),
        "a Retry key for the booking method would be ignored (it has no @Retry) and misleading");
    assertTrue(
        p.stringPropertyNames().stream().noneMatch(k -> k.equals("Retry/maxRetries")),
        "a global Retry key would reach every @Retry in the application");
    for (String replaced : FaultToleranceSettings.REPLACED) {
      assertFalse(p.containsKey(replaced), replaced);
    }
  }
}
