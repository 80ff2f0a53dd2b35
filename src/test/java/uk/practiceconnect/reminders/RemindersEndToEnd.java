package uk.practiceconnect.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.reminders.ReminderFixture.await;
import static uk.practiceconnect.reminders.ReminderFixture.inMinutes;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Server;

/**
 * Reminders end to end on the real WAR: appointments made in the EMIS sandbox, planned, handed to
 * the outbox, sent through GOV.UK Notify's client to the Notify sandbox, delivery status read back;
 * cancellations and moves in EMIS, Notify failures, concurrent runs; the settings API. Every test
 * works on a fresh sandbox organisation and practice.
 */
public abstract class RemindersEndToEnd {

  static final String NOTIFY_ADMIN = "sandbox/notify/admin/v1/";

  URL url;
  Api api;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
  }

  @AfterEach
  void noFaults() {
    api.delete(NOTIFY_ADMIN + "faults", null);
  }

  @Test
  void remindsEveryPatientWithAMobileAndConsentOnceAndSaysWhyNotForTheOthers() {
    ReminderFixture f = ReminderFixture.fresh(api);
    f.awaitPlannedOnce(); // the run that saving the settings started is over
    String withMobile = ReminderFixture.randomNhs();
    String noConsent = ReminderFixture.randomNhs();
    String landline = ReminderFixture.randomNhs();
    String noPhone = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(withMobile, mobile, true, LocalDate.of(1970, 1, 2));
    f.patient(noConsent, ReminderFixture.randomMobile(), false, LocalDate.of(1971, 2, 3));
    f.patient(landline, "01632 960123", true, LocalDate.of(1972, 3, 4));
    f.patient(noPhone, null, true, LocalDate.of(1973, 4, 5));
    Instant start = inMinutes(180);
    f.book(withMobile, start);
    f.book(noConsent, start);
    f.book(landline, start.plusSeconds(600));
    f.book(noPhone, start.plusSeconds(1200));

    JsonObject run = f.run();
    assertEquals("PLANNED", run.getString("result"), run::toString);
    // planned by this run, or by a scheduled one that came first: the log says what became of each
    assertEquals(4, f.log(null).size(), () -> f.log(null).toString());
    assertEquals(3, f.log("not-planned").size(), () -> f.log(null).toString());

    await(
        "the text in the Notify sandbox",
        Duration.ofSeconds(60),
        () -> f.texts(mobile).size() == 1);
    JsonObject text = f.texts(mobile).get(0);
    assertTrue(text.getString("body").contains("Test Practice " + f.ods), text::toString);
    assertTrue(text.getString("body").contains("with Dr Test"), text::toString);
    assertTrue(text.getString("body").matches(".*/r/[A-Za-z0-9_-]{22} .*"), text::toString);
    assertTrue(text.getString("reference").startsWith("pc-"), text::toString);

    await("delivered in the log", Duration.ofSeconds(60), () -> f.log("delivered").size() == 1);
    JsonObject delivered = f.log("delivered").get(0);
    assertEquals(text.getString("reference"), delivered.getString("notifyReference"));
    assertEquals(
        "07*** ***" + mobile.substring(mobile.length() - 3), delivered.getString("mobile"));

    Map<String, String> why =
        f.log("not-planned").stream()
            .collect(Collectors.toMap(e -> e.getString("nhsNumber"), e -> e.getString("detail")));
    assertEquals(3, why.size(), why::toString);
    assertTrue(why.get(masked(noConsent)).contains("not agreed to texts"), why::toString);
    assertTrue(why.get(masked(landline)).contains("No UK mobile"), why::toString);
    assertTrue(why.get(masked(noPhone)).contains("No UK mobile"), why::toString);
    String all =
        api.get("api/v1/practices/" + f.ods + "/reminders?size=50", ReminderFixture.KEY).body();
    assertFalse(all.contains(mobile.substring(1)), "the log API must mask phone numbers");

    // planning again changes nothing and sends nothing more
    JsonObject again = f.run();
    assertEquals(0, again.getInt("planned") + again.getInt("retimed") + again.getInt("cancelled"));
    f.awaitNothingToSend();
    assertEquals(1, f.texts(mobile).size());
  }

  @Test
  void anAppointmentCancelledInEmisBeforeItsReminderGetsNoTextAndAMovedOneIsRetimed() {
    ReminderFixture f = ReminderFixture.fresh(api);
    f.awaitPlannedOnce();
    List<String[]> people = f.patients(2);
    Instant start = inMinutes(3 * 24 * 60);
    String cancelled = f.book(people.get(0)[0], start);
    String moved = f.book(people.get(1)[0], start);
    f.run();
    assertEquals(2, f.log("planned").size(), () -> f.log(null).toString());

    f.cancelInEmis(cancelled);
    Instant later = start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
    f.moveInEmis(moved, later);
    f.run(); // this run, or a scheduled one that came first, finds both changes

    JsonObject gone = only(f.log("cancelled"));
    assertEquals(cancelled, gone.getString("appointmentId"));
    assertTrue(gone.getString("detail").contains("cancelled in EMIS"), gone::toString);
    JsonObject retimed = only(f.log("planned"));
    assertEquals(moved, retimed.getString("appointmentId"));
    assertEquals(later, Instant.parse(retimed.getString("appointmentStart")));
    assertEquals(later.minus(Duration.ofDays(1)), Instant.parse(retimed.getString("sendAt")));
    assertTrue(f.log("queued").isEmpty(), "nothing handed to the outbox: both are days away");
    assertEquals(0, f.texts(people.get(0)[1]).size());
    assertEquals(0, f.texts(people.get(1)[1]).size());
  }

  /** reminders.fresh-plan-seconds in the test server (the pom sets it; 120 s by default). */
  static final int FRESH_PLAN_SECONDS = 5;

  /** How long before the reminder's send time the appointment is cancelled in EMIS. */
  static final int CANCEL_BEFORE_SECONDS = 10;

  /**
   * EMIS is read when planning (every 15 minutes); the hand-over must not trust a plan older than
   * reminders.fresh-plan-seconds. The appointment is cancelled in EMIS a few seconds before its
   * reminder is due, with no planning run in between: no text, and the log says why. (A scheduled
   * planning run landing in the test's window would prove nothing; the scenario is then set up
   * again.)
   */
  /**
   * The run over every practice (operations' REST call): shared by every instance, it answers with
   * the whole run's figures when over within the caller's wait, otherwise 202 and its address,
   * where it is read again by its start until it is over.
   */
  @Test
  void theRunOverEveryPracticeAnswersWithItsFiguresAndIsReadAgainByItsStart() {
    ReminderFixture f = ReminderFixture.fresh(api);
    f.awaitPlannedOnce();
    Api.Reply r =
        api.send("POST", "api/v1/reminders/run", PLATFORM_KEY, null, Map.of("Prefer", "wait=45"));
    assertEquals(200, r.status(), r.body());
    assertEquals("wait=45", r.header("Preference-Applied"));
    JsonObject run = r.json();
    assertEquals("DONE", run.getString("state"), run::toString);
    Instant started = Instant.parse(run.getString("startedAt"));
    assertTrue(run.getInt("planned") >= 1, run::toString);
    assertTrue(run.getInt("handedToOutbox") >= 0, run::toString);
    assertFalse(f.lastPlannedAt().isBefore(started), "our practice was planned in the run");

    JsonObject again = api.get("api/v1/reminders/runs/" + started, PLATFORM_KEY).json();
    assertEquals(started.toString(), again.getString("startedAt"));
    assertEquals("DONE", again.getString("state"));
    assertTrue(again.getInt("planned") >= run.getInt("planned"), again::toString);

    Api.Reply async =
        api.send(
            "POST", "api/v1/reminders/run", PLATFORM_KEY, null, Map.of("Prefer", "respond-async"));
    assertEquals(202, async.status(), async.body());
    String location = async.header("Location");
    assertTrue(
        location.endsWith("/api/v1/reminders/runs/" + async.json().getString("startedAt")),
        location);
    await(
        "the run asked for without waiting to be over",
        Duration.ofSeconds(60),
        () ->
            "DONE"
                .equals(
                    api.get(location.substring(location.indexOf("api/")), PLATFORM_KEY)
                        .json()
                        .getString("state")));

    Api.Reply bad = api.get("api/v1/reminders/runs/yesterday", PLATFORM_KEY);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
    assertEquals(
        403,
        api.post("api/v1/reminders/run", uk.practiceconnect.testing.Demo.A81001_KEY, null)
            .status());
  }

  @Test
  void anAppointmentCancelledInEmisShortlyBeforeItsReminderIsDueGetsNoText() {
    ReminderFixture f = ReminderFixture.fresh(api, false);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1966, 6, 6));
    boolean settingsSaved = false;
    for (int attempt = 1; ; attempt++) {
      assertTrue(attempt <= 3, "scheduled planning runs kept landing in the test's window");
      // 15 minutes before an appointment at a whole minute: due at the next whole minute that
      // leaves time to set up and cancel (20 to 80 s from now)
      int second = java.time.LocalTime.now().getSecond();
      String appointment = f.book(nhs, inMinutes(second <= 40 ? 16 : 17));
      if (!settingsSaved) {
        f.settings("[\"PT15M\"]", ReminderFixture.SmsTemplateText.STANDARD);
        settingsSaved = true;
        f.awaitPlannedOnce(); // the run a settings change starts by itself
      } else {
        f.run();
      }
      JsonObject planned =
          f.log("planned").stream()
              .filter(e -> e.getString("appointmentId").equals(appointment))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not planned: " + f.log(null)));
      Instant sendAt = Instant.parse(planned.getString("sendAt"));
      long wait =
          Duration.between(Instant.now(), sendAt.minusSeconds(CANCEL_BEFORE_SECONDS)).toMillis();
      if (wait < 0) { // set-up took too long on a busy machine: no time left to cancel first
        f.cancelInEmis(appointment);
        continue;
      }
      sleep(wait);
      Instant last = f.lastPlannedAt();
      if (Duration.between(last, sendAt).getSeconds() < FRESH_PLAN_SECONDS + 10) {
        // a scheduled run planned the practice just now: the book counts as fresh at send time
        f.cancelInEmis(appointment);
        continue;
      }
      Instant cancelledAt = Instant.now();
      f.cancelInEmis(appointment);
      await(
          "the reminder handled at its send time",
          Duration.ofSeconds(120),
          () ->
              Instant.now().isAfter(sendAt.plusSeconds(5))
                  && f.log("planned").stream()
                      .noneMatch(e -> e.getString("appointmentId").equals(appointment)));
      f.awaitNothingToSend();
      assertEquals(List.of(), f.texts(mobile), "no text for a cancelled appointment");
      JsonObject gone =
          f.log("cancelled").stream()
              .filter(e -> e.getString("appointmentId").equals(appointment))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not cancelled: " + f.log(null)));
      assertTrue(gone.getString("detail").contains("cancelled in EMIS"), gone::toString);
      String result = f.settingsNow().getString("lastPlanResult");
      if (!result.startsWith("Before sending")
          && f.lastPlannedAt().isAfter(cancelledAt)
          && f.lastPlannedAt().isBefore(sendAt)) {
        continue; // a scheduled run found the cancellation before the send time: proves nothing
      }
      assertTrue(result.startsWith("Before sending"), "planned again by the hand-over: " + result);
      return;
    }
  }

  @Test
  void aTextNotifyHeldBackIsWithdrawnWhenItsAppointmentIsCancelledInEmis() {
    ReminderFixture f = ReminderFixture.fresh(api);
    f.awaitPlannedOnce();
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1977, 7, 7));
    String appointment = f.book(nhs, inMinutes(180));
    // Notify answers 500: the text is queued again for 10 s, "maybe sent"
    arm(500, 2);
    f.run();
    await(
        "Notify's 500 for the text",
        Duration.ofSeconds(60),
        () -> api.get(NOTIFY_ADMIN + "faults", null).json().getInt("count") < 2);
    assertEquals(1, f.log("queued").size(), "held back by Notify, to be tried again");

    f.cancelInEmis(appointment);
    f.run();
    // the sender looks the reference up, finds nothing at Notify and withdraws it
    await(
        "the text withdrawn",
        Duration.ofSeconds(60),
        () -> f.log("cancelled").size() == 1 && f.log("queued").isEmpty());
    // withdrawn by the sender at its retry, after it found nothing at Notify: nothing left to go
    f.awaitNothingToSend();
    assertEquals(List.of(), f.texts(mobile), "a withdrawn text never goes");
    JsonObject gone = only(f.log("cancelled"));
    assertTrue(gone.getString("detail").contains("cancelled in EMIS"), gone::toString);
  }

  @Test
  void notifyAnswering429And500IsRetriedLaterAndNoTextIsLostOrDoubled() {
    ReminderFixture f = ReminderFixture.fresh(api);
    long throttledBefore = health("throttledByNotify");
    List<String[]> first = f.patients(6);
    first.forEach(p -> f.book(p[0], inMinutes(180)));
    arm(429, 4);
    f.run();
    await("6 texts after 429s", Duration.ofSeconds(90), () -> delivered(f, first) == 6);
    assertTrue(health("throttledByNotify") > throttledBefore, "the sender saw a 429");

    List<String[]> second = f.patients(4);
    second.forEach(p -> f.book(p[0], inMinutes(200)));
    arm(500, 3);
    f.run();
    // a 500 may or may not have created the text: the retry (10 s later) asks Notify first
    await("4 texts after 500s", Duration.ofSeconds(120), () -> delivered(f, second) == 4);
    assertEquals(0, api.get(NOTIFY_ADMIN + "faults", null).json().getInt("count"));

    f.awaitNothingToSend(); // so a late second text would be counted below
    for (String[] p : concat(first, second)) {
      assertEquals(1, f.texts(p[1]).size(), "texts to one patient");
    }
    assertEquals(0, f.log("failed").size());
    assertEquals(10, f.log("delivered").size() + f.log("sent").size());
  }

  @Test
  void runsStartedAtTheSameMomentSendEachReminderOnce() throws Exception {
    ReminderFixture f = ReminderFixture.fresh(api, false);
    List<String[]> people = f.patients(20);
    for (int i = 0; i < people.size(); i++) {
      f.book(people.get(i)[0], inMinutes(180 + 10L * i));
    }
    // switching reminders on starts a planning run of its own a moment later: a fifth runner
    f.settings("[\"P1D\"]", ReminderFixture.SmsTemplateText.STANDARD);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<JsonObject>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          pool.submit(
              () -> {
                go.await();
                return f.run();
              }));
    }
    go.countDown();
    int planned = 0;
    for (Future<JsonObject> r : runs) {
      JsonObject o = r.get();
      planned += o.getInt("planned", 0);
    }
    pool.shutdown();
    assertTrue(planned <= 20, "no reminder planned twice: " + planned);
    assertEquals(20, f.log(null).size(), "one reminder per appointment");

    await("20 texts", Duration.ofSeconds(90), () -> delivered(f, people) == 20);
    f.awaitNothingToSend(); // so a late second text would be counted below
    for (String[] p : people) {
      assertEquals(1, f.texts(p[1]).size(), "texts to one patient");
    }
    Map<String, Long> counts = f.referenceCounts();
    f.log(null).stream()
        .filter(e -> e.get("notifyReference") instanceof jakarta.json.JsonString)
        .forEach(e -> assertEquals(1L, counts.get(e.getString("notifyReference"))));
  }

  @Test
  void aPatientWhoTextsStopBackGetsNoMoreRemindersAndOneConfirmation() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1979, 4, 2));
    f.book(nhs, inMinutes(240));
    String later = f.book(nhs, inMinutes(4 * 24 * 60));
    f.run();
    await("the reminder text", Duration.ofSeconds(60), () -> f.texts(mobile).size() == 1);

    reply(mobile, "Thanks, see you then");
    sleep(5000); // replies are read every 2 s in the tests
    assertTrue(
        f.log("planned").stream().anyMatch(e -> e.getString("appointmentId").equals(later)),
        "a reply without a stop word changes nothing");

    reply(mobile, "Stop.");
    await(
        "the opt-out and its confirmation",
        Duration.ofSeconds(30),
        () -> f.texts(mobile).size() == 2);
    String confirmation = f.texts(mobile).get(1).getString("body"); // oldest first
    assertTrue(confirmation.contains("not get any more appointment reminders"), confirmation);
    JsonObject stopped =
        f.log("not-planned").stream()
            .filter(e -> e.getString("appointmentId").equals(later))
            .findFirst()
            .orElseThrow(() -> new AssertionError("still planned: " + f.log(null)));
    assertTrue(stopped.getString("detail").contains("no more reminders"), stopped::toString);
    Api.Reply audit = api.get("api/v1/practices/" + f.ods + "/audit", ReminderFixture.KEY);
    assertTrue(audit.body().contains("replied to a reminder with a stop word"), audit::toString);
    assertFalse(audit.body().contains(mobile.replace(" ", "")), "no full number in the audit");

    reply(mobile, "STOP");
    sleep(5000);
    assertEquals(2, f.texts(mobile).size(), "a second STOP is not confirmed again");

    // the patient asks the practice to start them again; staff use the NHS number
    String startAgain = "api/v1/practices/" + f.ods + "/reminders/start-again";
    Api.Reply bad = api.post(startAgain, ReminderFixture.KEY, "{\"patient\":\"999 999 9990\"}");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.body().contains("\"field\":\"patient\""), bad::toString);
    Api.Reply other =
        api.post(
            startAgain,
            ReminderFixture.KEY,
            "{\"patient\":\"" + ReminderFixture.randomMobile() + "\"}");
    assertEquals("NOT_STOPPED", other.json().getString("result"), other::toString);
    Api.Reply again = api.post(startAgain, ReminderFixture.KEY, "{\"patient\":\"" + nhs + "\"}");
    assertEquals("STARTED_AGAIN", again.json().getString("result"), again::toString);
    f.run();
    assertTrue(
        f.log("planned").stream().anyMatch(e -> e.getString("appointmentId").equals(later)),
        () -> "planned again: " + f.log(null));
    assertTrue(
        api.get("api/v1/practices/" + f.ods + "/audit", ReminderFixture.KEY)
            .body()
            .contains(
                "Reminders started again for patient *** *** " + nhs.substring(nhs.length() - 4)),
        "audited");
  }

  private void reply(String mobile, String words) {
    Api.Reply r =
        api.post(
            NOTIFY_ADMIN + "received-text-messages",
            null,
            "{\"phoneNumber\":\"" + mobile + "\",\"content\":\"" + words + "\"}");
    assertEquals(201, r.status(), r::toString);
  }

  @Test
  void reminderSettingsAreCheckedFieldByFieldAndEveryChangeIsAudited() {
    String ods = uk.practiceconnect.testing.Demo.freshPractice(api);
    String path = "api/v1/practices/" + ods + "/reminder-settings";
    Api.Reply defaults = api.get(path, ReminderFixture.KEY);
    assertEquals(200, defaults.status());
    JsonObject d = defaults.json();
    assertFalse(d.getBoolean("enabled"));
    assertEquals("P1D", d.getJsonArray("offsets").getString(0));
    assertEquals("08:00", d.getString("windowStart"));
    assertEquals("20:00", d.getString("windowEnd"));
    assertEquals("PT1H", d.getString("cancellationCutoff"));

    Api.Reply bad =
        api.put(
            path,
            ReminderFixture.KEY,
            "{\"enabled\":true,\"offsets\":[\"P9D\"],\"windowStart\":\"25:00\",\"windowEnd\":"
                + "\"20:00\",\"template\":\"See you ((apointment))\",\"cancellationCutoff\":"
                + "\"PT100H\"}");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.isProblem());
    List<String> fields =
        bad.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(List.of("offsets", "windowStart", "template", "cancellationCutoff")),
        fields::toString);

    Api.Reply good =
        api.put(
            path,
            ReminderFixture.KEY,
            "{\"enabled\":true,\"offsets\":[\"PT2H\",\"P2D\"],\"windowStart\":\"09:00\","
                + "\"windowEnd\":\"18:00\",\"template\":\"((practice name)): ((date)) ((time))\","
                + "\"cancellationCutoff\":\"PT2H\"}");
    assertEquals(200, good.status(), good::toString);
    assertEquals("P2D", good.json().getJsonArray("offsets").getString(0), "longest first");
    String etag = good.header("ETag");
    Api.Reply stale =
        api.send(
            "PUT",
            path,
            ReminderFixture.KEY,
            "{\"enabled\":false,\"offsets\":[\"P1D\"],\"windowStart\":\"09:00\",\"windowEnd\":"
                + "\"18:00\",\"template\":\"x\",\"cancellationCutoff\":\"PT2H\"}",
            Map.of("If-Match", "\"0\""));
    assertEquals(409, stale.status(), () -> stale + " (ETag was " + etag + ")");

    String audit = api.get("api/v1/practices/" + ods + "/audit", ReminderFixture.KEY).body();
    assertTrue(audit.contains("REMINDERS_SWITCHED_ON"), audit);
    assertTrue(audit.contains("REMINDER_TIMES_CHANGED"), audit);
    assertTrue(audit.contains("REMINDER_WINDOW_CHANGED"), audit);

    Api.Reply preview =
        api.post(
            path + "/preview",
            ReminderFixture.KEY,
            "{\"template\":\"Hi from ((practice name)) 😀\"}");
    assertEquals(200, preview.status(), preview::toString);
    assertEquals("UCS_2", preview.json().getString("encoding"));
    assertEquals(1, preview.json().getInt("fragments"));
  }

  private long delivered(ReminderFixture f, List<String[]> people) {
    return people.stream().filter(p -> !f.texts(p[1]).isEmpty()).count();
  }

  private void arm(int status, int count) {
    Api.Reply r =
        api.put(
            NOTIFY_ADMIN + "faults", null, "{\"status\":" + status + ",\"count\":" + count + "}");
    assertEquals(200, r.status(), r::toString);
  }

  private long health(String field) {
    // the details are for operators: an all-practices key
    JsonObject h = api.get("health/ready", PLATFORM_KEY).json();
    return h.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals("sms-outbox"))
        .map(c -> Long.parseLong(c.getJsonObject("data").getString(field)))
        .findFirst()
        .orElseThrow();
  }

  private static String masked(String nhs) {
    return "*** *** " + nhs.substring(6);
  }

  private static JsonObject only(List<JsonObject> list) {
    assertEquals(1, list.size(), list::toString);
    return list.get(0);
  }

  private static List<String[]> concat(List<String[]> a, List<String[]> b) {
    List<String[]> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(Math.max(0, ms));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
