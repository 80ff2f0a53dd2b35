package uk.practiceconnect.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;

/**
 * A fresh EMIS sandbox organisation and a fresh practice linked to it (never a demo practice), with
 * patients and booked appointments made through the sandbox's admin face, and reminder settings
 * that send at any hour (so tests do not depend on the time they run). Mobiles are random in 07700
 * 91xxxx-99xxxx, apart from the demo's 07700 900xxx and Notify's failure numbers.
 */
public final class ReminderFixture {

  public static final String KEY = Demo.PLATFORM_KEY;
  static final String EMIS_USER = "practiceconnect";
  static final String EMIS_PASSWORD = "Fresh-Emis-Pass-7";
  static final String NOTIFY_ADMIN = "sandbox/notify/admin/v1/";

  public final Api api;
  public final String cdb;
  public final String ods;
  private final Map<String, String> slotOfAppointment = new HashMap<>();

  private ReminderFixture(Api api, String cdb, String ods) {
    this.api = api;
    this.cdb = cdb;
    this.ods = ods;
  }

  /** Organisation, practice, EMIS settings, a passed connection test, reminders on all day. */
  public static ReminderFixture fresh(Api api) {
    return fresh(api, true);
  }

  /**
   * As {@link #fresh(Api)}; with {@code remindersOn} false the settings are left unsaved, so no
   * planning starts (saving settings plans the practice a moment later by itself).
   */
  public static ReminderFixture fresh(Api api, boolean remindersOn) {
    String cdb = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    admin(
        api,
        "PUT",
        "organisations/" + cdb + "/users/" + EMIS_USER,
        "{\"password\":\""
            + EMIS_PASSWORD
            + "\",\"rbacRole\":\"Clinical Practitioner Access"
            + " Role\",\"defaultRole\":true,\"enabled\":true}");
    String ods = Demo.freshPractice(api);
    ok(
        api.put(
            path(ods, "emis-settings/organisation-id"),
            KEY,
            "{\"organisationId\":\"" + cdb + "\"}"));
    ok(
        api.put(
            path(ods, "emis-settings/api-user"),
            KEY,
            "{\"username\":\"" + EMIS_USER + "\",\"password\":\"" + EMIS_PASSWORD + "\"}"));
    Api.Reply test = api.post(path(ods, "emis-settings/connection-test"), KEY, null);
    assertTrue(test.body().contains("\"outcome\":\"PASSED\""), test::toString);
    ReminderFixture f = new ReminderFixture(api, cdb, ods);
    if (remindersOn) {
      f.settings("[\"P1D\"]", SmsTemplateText.STANDARD);
    }
    return f;
  }

  /**
   * Saving settings plans the practice by itself a moment later; tests that count what their own
   * run planned wait for that first.
   */
  public void awaitPlannedOnce() {
    await(
        "the planning run after saving settings",
        Duration.ofSeconds(30),
        () -> !api.get(path(ods, "reminder-settings"), KEY).json().isNull("lastPlannedAt"));
  }

  /** Reminders on, sent at any hour, with these offsets and this text. */
  public void settings(String offsetsJson, String template) {
    settings(offsetsJson, template, "PT1H");
  }

  /** As above, with this cancellation cut-off (ISO-8601, "PT90M"). */
  public void settings(String offsetsJson, String template, String cutoff) {
    ok(
        api.put(
            path(ods, "reminder-settings"),
            KEY,
            "{\"enabled\":true,\"offsets\":"
                + offsetsJson
                + ",\"windowStart\":\"00:00\",\"windowEnd\":\"23:59\",\"template\":"
                + jsonString(template)
                + ",\"cancellationCutoff\":\""
                + cutoff
                + "\"}"));
  }

  /** The practice's reminder settings as the REST API gives them. */
  public JsonObject settingsNow() {
    Api.Reply r = api.get(path(ods, "reminder-settings"), KEY);
    ok(r);
    return r.json();
  }

  /** When the practice was last planned (by any run), or null. */
  public Instant lastPlannedAt() {
    JsonObject s = settingsNow();
    return s.isNull("lastPlannedAt") ? null : Instant.parse(s.getString("lastPlannedAt"));
  }

  public void patient(String nhs, String mobile, boolean consent, LocalDate dob) {
    admin(
        api,
        "PUT",
        "organisations/" + cdb + "/patients/" + nhs,
        "{\"surname\":\"Tester\",\"forenames\":\"Pat\",\"dateOfBirth\":\""
            + dob
            + "\",\"postcode\":\"AB1 2CD\",\"mobile\":"
            + (mobile == null ? "null" : "\"" + mobile + "\"")
            + ",\"smsConsent\":"
            + consent
            + "}");
  }

  /** A slot at {@code start} booked for the patient; returns the appointment id. */
  public String book(String nhs, Instant start) {
    String slot =
        admin(
                api,
                "POST",
                "organisations/" + cdb + "/slots",
                "{\"start\":\""
                    + start
                    + "\",\"durationMinutes\":10,\"slotType\":\"Routine GP\","
                    + "\"clinician\":\"Dr Test\"}")
            .json()
            .getString("slotId");
    String appointment =
        admin(
                api,
                "POST",
                "organisations/" + cdb + "/slots/" + slot + "/book",
                "{\"nhsNumber\":\"" + nhs + "\"}")
            .json()
            .getString("appointmentId");
    slotOfAppointment.put(appointment, slot);
    return appointment;
  }

  public void cancelInEmis(String appointmentId) {
    admin(
        api,
        "POST",
        "organisations/" + cdb + "/slots/" + slotOfAppointment.get(appointmentId) + "/cancel",
        null);
  }

  /** Moves the appointment to a new slot at {@code start} (its id stays). */
  public void moveInEmis(String appointmentId, Instant start) {
    String slot =
        admin(
                api,
                "POST",
                "organisations/" + cdb + "/slots",
                "{\"start\":\""
                    + start
                    + "\",\"durationMinutes\":10,\"slotType\":\"Routine GP\","
                    + "\"clinician\":\"Dr Test\"}")
            .json()
            .getString("slotId");
    admin(
        api,
        "POST",
        "organisations/" + cdb + "/appointments/" + appointmentId + "/move",
        "{\"slotId\":\"" + slot + "\"}");
    slotOfAppointment.put(appointmentId, slot);
  }

  /** The appointment's status as EMIS holds it (BOOKED or CANCELLED). */
  public String emisStatus(String appointmentId) {
    String from = Instant.now().minus(Duration.ofDays(1)).toString();
    String to = Instant.now().plus(Duration.ofDays(30)).toString();
    String body =
        admin(api, "GET", "organisations/" + cdb + "/appointments?from=" + from + "&to=" + to, null)
            .body();
    var all = jakarta.json.Json.createReader(new java.io.StringReader(body)).read();
    var list =
        all.getValueType() == JsonValue.ValueType.ARRAY
            ? all.asJsonArray()
            : all.asJsonObject().getJsonArray("appointments");
    return list.stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("appointmentId").equals(appointmentId))
        .map(a -> a.getString("status"))
        .findFirst()
        .orElse("MISSING");
  }

  /** Plans the practice now; if another run holds it (the schedule), waits and tries again. */
  public JsonObject run() {
    for (int i = 0; ; i++) {
      Api.Reply r = api.post(path(ods, "reminders/run"), KEY, null);
      ok(r);
      if (!r.json().getString("result").equals("SKIPPED_BUSY") || i == 50) {
        return r.json();
      }
      sleepQuietly(200);
    }
  }

  /** The reminder log of the next 30 days (optionally one status). */
  public List<JsonObject> log(String status) {
    String q =
        "reminders?size=500&from="
            + LocalDate.now().minusDays(1)
            + "&to="
            + LocalDate.now().plusDays(30)
            + (status == null ? "" : "&status=" + status);
    Api.Reply r = api.get(path(ods, q), KEY);
    ok(r);
    return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  /**
   * Waits until none of the practice's reminders is due to be handed over or in the outbox
   * ("Sending"): from then on no text of this practice can go, so a test may count texts without
   * waiting a fixed time for a late one.
   */
  public void awaitNothingToSend() {
    await(
        "nothing left to send",
        Duration.ofSeconds(60),
        () ->
            log("queued").isEmpty()
                && log("planned").stream()
                    .noneMatch(e -> Instant.parse(e.getString("sendAt")).isBefore(Instant.now())));
  }

  /** Texts the Notify sandbox accepted for this number. */
  public List<JsonObject> texts(String mobile) {
    Api.Reply r = api.get(NOTIFY_ADMIN + "messages?phoneNumber=" + mobile.replace(" ", ""), null);
    ok(r);
    return r.array().stream().map(JsonValue::asJsonObject).toList();
  }

  /** How many texts the Notify sandbox holds for each reference (all references, all tests). */
  public Map<String, Long> referenceCounts() {
    Api.Reply r = api.get(NOTIFY_ADMIN + "messages?limit=100000", null);
    ok(r);
    return r.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.get("reference") instanceof jakarta.json.JsonString)
        .collect(Collectors.groupingBy(m -> m.getString("reference"), Collectors.counting()));
  }

  /**
   * Numbers from a random start, then one after another: unique within a test run (random ones
   * would collide: 300 draws from 90,000 meet half the time), apart from other runs on the
   * database.
   */
  private static final java.util.concurrent.atomic.AtomicInteger NEXT =
      new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(0, 80_000));

  /** A mobile in 07700 910000-999999: not the demo's 07700 900xxx, nor Notify's failure numbers. */
  public static String randomMobile() {
    return "077009" + (10_000 + NEXT.incrementAndGet() % 90_000);
  }

  /** A valid NHS number (modulus 11) in the 999 test range, unique within the run. */
  public static String randomNhs() {
    while (true) {
      String s = "999" + String.format("%06d", (137 * NEXT.incrementAndGet() + 7) % 1_000_000);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (s.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return s + check;
      }
    }
  }

  /** Fixed-length list of fresh patients (random NHS numbers and mobiles, consent, a DOB). */
  public List<String[]> patients(int n) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String nhs = randomNhs();
      String mobile = randomMobile();
      patient(nhs, mobile, true, LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
      out.add(new String[] {nhs, mobile});
    }
    return out;
  }

  public static void await(String what, Duration max, BooleanSupplier done) {
    long end = System.nanoTime() + max.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** An appointment time a whole number of minutes from now (the sandbox wants whole minutes). */
  public static Instant inMinutes(long minutes) {
    return Instant.now()
        .plus(Duration.ofMinutes(minutes))
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
  }

  static Api.Reply admin(Api api, String method, String path, String json) {
    Api.Reply r = api.send(method, "sandbox/emis/admin/v1/" + path, null, json, Map.of());
    // the sandbox answers 409 "try again" when two requests change one organisation at once
    for (int retry = 0;
        r.status() == 409 && r.body().contains("try again") && retry < 10;
        retry++) {
      sleepQuietly(50L * (retry + 1));
      r = api.send(method, "sandbox/emis/admin/v1/" + path, null, json, Map.of());
    }
    Api.Reply last = r;
    assertTrue(last.status() < 300, () -> method + " " + path + ": " + last);
    return last;
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String path(String ods, String rest) {
    return "api/v1/practices/" + ods + "/" + rest;
  }

  static void ok(Api.Reply r) {
    assertEquals(200, r.status(), r::toString);
  }

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Texts the tests use. */
  public static final class SmsTemplateText {
    public static final String STANDARD =
        "Reminder from ((practice name)): ((date)) at ((time)) with ((clinician)). Cancel:"
            + " ((cancel link)) Stop: ((opt-out link))";

    private SmsTemplateText() {}
  }
}
