package uk.practiceconnect.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Demo.A81001_KEY;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.booking.BookingFixture;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.RawHttp;
import uk.practiceconnect.testing.Server;
import uk.practiceconnect.testing.SignInForm;
import uk.practiceconnect.testing.SupportDesk;

/**
 * What an NHS penetration test tried, on the real WAR (issue: security hardening; the ASVS map in
 * docs/security.md names these tests). Each test that provokes a limit does so from a client
 * address of its own, forwarded by the trusted load balancer, so no other test meets it.
 */
public abstract class SecurityEndToEnd {

  static final String STRONG = "Correct-Horse-Battery-9";
  private static final AtomicInteger NEXT_ADDRESS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 200) * 250);

  URL url;
  Api api;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
  }

  /** A client address no other test uses (TEST-NET ranges). */
  static String freshAddress() {
    int n = NEXT_ADDRESS.incrementAndGet();
    return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 254 + 1);
  }

  /** A practice admin of a fresh practice, with a known password. */
  String freshAdmin() {
    String ods = Demo.freshPractice(api);
    String username = "sec." + ods.toLowerCase() + "." + ThreadLocalRandom.current().nextInt(1000);
    SupportDesk.signIn(api).addPracticeAdmin(ods, username, "Sam Secure", STRONG);
    return username;
  }

  static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "not problem+json: " + r);
    assertEquals(code, r.json().getString("code"), r::toString);
  }

  static List<String> fields(Api.Reply r) {
    return r.json().getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("field"))
        .sorted()
        .toList();
  }

  // --- sign-in ---------------------------------------------------------------------------------

  @Test
  void wrongPasswordsSentAllAtOnceAreCountedAndTheLockHoldsForTheRightOne() throws Exception {
    String user = freshAdmin();
    String client = freshAddress();
    int parallel = 12;
    List<SignInForm> forms =
        IntStream.range(0, parallel).mapToObj(i -> SignInForm.open(url.getPort(), client)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Callable<SignInForm.Outcome>> guesses =
          forms.stream()
              .map(f -> (Callable<SignInForm.Outcome>) () -> f.submit(user, "wrong-guess-123"))
              .toList();
      for (Future<SignInForm.Outcome> guess : pool.invokeAll(guesses)) {
        assertFalse(guess.get().signedIn());
      }
    } finally {
      pool.shutdownNow();
    }
    SignInForm.Outcome right = SignInForm.open(url.getPort(), client).submit(user, STRONG);
    assertFalse(right.signedIn(), "the right password signed in after a burst of wrong ones");
    assertTrue(right.locked(), "the page does not say sign-in waits");
    // nor from anywhere else: the lock is the username's
    assertFalse(SignInForm.open(url.getPort(), freshAddress()).submit(user, STRONG).signedIn());

    // the support desk sets a new password: it works at once
    SupportDesk.signIn(api).setPassword(user, STRONG + "-new");
    assertTrue(SignInForm.open(url.getPort(), client).submit(user, STRONG + "-new").signedIn());
  }

  @Test
  void manyUsernamesTriedFromOneAddressLockThatAddressOnly() {
    String user = freshAdmin();
    String client = freshAddress();
    for (int i = 0; i < 30; i++) {
      assertFalse(
          SignInForm.open(url.getPort(), client).submit("nobody." + i, "wrong-guess").signedIn());
    }
    SignInForm.Outcome fromThere = SignInForm.open(url.getPort(), client).submit(user, STRONG);
    assertFalse(fromThere.signedIn());
    assertTrue(fromThere.locked());
    assertTrue(SignInForm.open(url.getPort(), freshAddress()).submit(user, STRONG).signedIn());
  }

  // --- input is exactly what the API says, or a 400 ----------------------------------------------

  @Test
  void wrongJsonTypesAreRefusedNamingTheFieldAndNothingIsSaved() {
    var f = BookingFixture.create(api, 0, 2, 120, 60);
    String before = f.send("GET", f.practice("booking-settings"), PLATFORM_KEY, null).body();
    String good =
        "\"openBooking\":true,\"weeksAhead\":6,\"minimumNoticeMinutes\":60,\"maxFutureBookings\":2,"
            + "\"cancelCutoffMinutes\":60";
    Map<String, String> bad =
        Map.of(
            "{\"enabled\":1," + good + "}", "enabled",
            "{\"enabled\":\"yes\"," + good + "}", "enabled",
            "{\"enabled\":true," + good.replace("\"weeksAhead\":6", "\"weeksAhead\":6.9") + "}",
                "weeksAhead",
            "{\"enabled\":true," + good.replace("\"weeksAhead\":6", "\"weeksAhead\":\"7\"") + "}",
                "weeksAhead",
            "{\"enabled\":true,"
                    + good.replace("\"minimumNoticeMinutes\":60", "\"minimumNoticeMinutes\":-0.5")
                    + "}",
                "minimumNoticeMinutes",
            "{\"enabled\":true,\"enabled\":false," + good + "}", "enabled",
            "{\"enabled\":true,\"enabeld\":false," + good + "}", "enabeld",
            "{\"enabled\":true," + good + ",\"slotTypes\":[{\"name\":7,\"bookable\":true}]}",
                "slotTypes[0].name");
    bad.forEach(
        (body, field) -> {
          var r = f.send("PUT", f.practice("booking-settings"), PLATFORM_KEY, body);
          assertProblem(r, 400, "VALIDATION_FAILED");
          assertTrue(fields(r).contains(field), () -> body + " -> " + r);
        });
    assertEquals(before, f.send("GET", f.practice("booking-settings"), PLATFORM_KEY, null).body());
  }

  @Test
  void aBodyTooLargeIs413BeforeItIsRead() {
    Map<String, String> json =
        Map.of("Authorization", "Bearer " + PLATFORM_KEY, "Content-Type", "application/json");
    // a declared length over 64 KiB is answered before a byte of the body is sent
    Map<String, String> declared = new java.util.HashMap<>(json);
    declared.put("Content-Length", String.valueOf(70 * 1024));
    var early = RawHttp.send(url.getPort(), "POST", "/api/v1/practices", declared, "");
    assertEquals(413, early.status(), early::toString);
    assertTrue(early.header("content-type").startsWith("application/problem+json"));
    assertTrue(early.body().contains("PAYLOAD_TOO_LARGE"), early.body());
    // a body sent without a length (chunked) is cut off at the limit while it is read
    Map<String, String> chunked = new java.util.HashMap<>(json);
    chunked.put("Transfer-Encoding", "chunked");
    String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
    String body = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
    var late = RawHttp.send(url.getPort(), "POST", "/api/v1/practices", chunked, body);
    assertEquals(413, late.status(), late::toString);
    assertTrue(late.body().contains("PAYLOAD_TOO_LARGE"), late.body());
  }

  @Test
  void queryParametersThatAreNotNumbersAre400NotAMissingPage() {
    String audit = "api/v1/practices/A81001/audit";
    assertProblem(api.get(audit + "?size=abc", A81001_KEY), 400, "VALIDATION_FAILED");
    assertProblem(api.get(audit + "?page=99999999999", A81001_KEY), 400, "VALIDATION_FAILED");
    assertProblem(
        api.get("api/v1/practices/A81001/reminders?size=abc", A81001_KEY),
        400,
        "VALIDATION_FAILED");
    assertEquals(200, api.get(audit + "?q=100%25_x", A81001_KEY).status());
  }

  @Test
  void textPeopleReadRefusesHiddenAndDirectionChangingCharacters() {
    for (String name : List.of("Evil\u202eSurgery", "Zero\u200bWidth", "Nul\u0000Name")) {
      String json =
          "{\"odsCode\":\""
              + Demo.unusedOdsCode(api, 'S')
              + "\",\"name\":\""
              + escape(name)
              + "\"}";
      var r = api.post("api/v1/practices", PLATFORM_KEY, json);
      assertProblem(r, 400, "VALIDATION_FAILED");
      assertEquals(List.of("name"), fields(r), r::toString);
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }

  // --- headers and pages ---------------------------------------------------------------------

  @Test
  void patientPagesAndReminderLinksCarryTheSameSecurityHeaders() {
    for (String path : List.of("/book/A81001", "/r/not-a-real-token", "/login.xhtml")) {
      var r = RawHttp.send(url.getPort(), "GET", path, Map.of(), null);
      assertEquals("no-referrer", r.header("referrer-policy"), path);
      assertEquals("DENY", r.header("x-frame-options"), path);
      assertEquals("nosniff", r.header("x-content-type-options"), path);
      assertNotNull(r.header("content-security-policy"), path);
      assertNull(r.header("server"), path + " names the server");
      assertNull(r.header("x-powered-by"), path);
    }
    String page =
        RawHttp.send(url.getPort(), "GET", "/book/A81001", Map.of(), null)
            .header("content-security-policy");
    assertTrue(page.matches(".*script-src 'self' 'nonce-[^']+'.*"), page);
    assertTrue(page.contains("frame-ancestors 'none'"), page);
    String api =
        RawHttp.send(url.getPort(), "GET", "/api/v1/ping", Map.of(), null)
            .header("content-security-policy");
    assertTrue(api.startsWith("default-src 'none'"), api);
  }

  @Test
  void theSessionCookieIsSameSiteAndAnAddressSessionIdIsNeverASession() {
    var login = RawHttp.send(url.getPort(), "GET", "/login.xhtml", Map.of(), null);
    String cookie =
        login.all("set-cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);

    String user = freshAdmin();
    SignInForm form = SignInForm.open(url.getPort(), freshAddress());
    assertTrue(form.submit(user, STRONG).signedIn());
    String page = "/practice/settings.xhtml";
    var withCookie =
        RawHttp.send(url.getPort(), "GET", page, Map.of("Cookie", form.cookie()), null);
    assertEquals(200, withCookie.status(), "the session works from its cookie");
    assertTrue(withCookie.body().contains("Feature settings"));
    String session = form.sessionId();
    // the same session id in the address is no session: a signed-in page sends to sign-in,
    // any other page refuses the address
    var signedInPage =
        RawHttp.send(url.getPort(), "GET", page + ";jsessionid=" + session, Map.of(), null);
    assertFalse(signedInPage.body().contains("Feature settings"), signedInPage::toString);
    assertTrue(
        signedInPage.status() == 400
            || String.valueOf(signedInPage.header("location")).contains("login.xhtml"),
        signedInPage::toString);
    var openPage =
        RawHttp.send(url.getPort(), "GET", "/book/A81001;jsessionid=" + session, Map.of(), null);
    assertEquals(400, openPage.status(), openPage::toString);
  }

  @Test
  void aForgedPageStateIs400AndAFriendlyPage() {
    var r =
        RawHttp.send(
            url.getPort(),
            "POST",
            "/login.xhtml",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit="
                + "&jakarta.faces.ViewState=forged-1234%3A5678");
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.body().contains("This page could not be used"), r.body());
    assertFalse(r.body().contains("Exception"));
  }

  @Test
  void noVersionBannersAndOurOwnErrorPagesEverywhere() {
    var options = RawHttp.send(url.getPort(), "OPTIONS", "/api/v1/ping", Map.of(), null);
    assertFalse(options.body().toLowerCase().contains("wadl"), options.body());
    assertFalse(options.body().contains("Jersey"), options.body());
    for (String path :
        List.of(
            "/no/such/page",
            "/practice/reminder-log.csv?from=not-a-date",
            "/jakarta.faces.resource/none.css.xhtml")) {
      var r = RawHttp.send(url.getPort(), "GET", path, Map.of(), null);
      assertTrue(r.status() >= 300, path + " " + r.status());
      assertFalse(r.body().contains("Payara"), path + ": " + r.body());
      assertFalse(r.body().contains("Error report"), path);
    }
  }

  @Test
  void metricsNeedAnAllPracticesKeyAndHealthShowsDetailsOnlyToOne() {
    assertEquals(401, api.get("metrics", null).status());
    assertEquals(401, api.get("metrics", A81001_KEY).status());
    assertEquals(200, api.get("metrics", PLATFORM_KEY).status());
    var open = api.get("health", null);
    assertEquals(Set.of("status"), open.json().keySet(), open::toString);
    assertTrue(api.get("health", PLATFORM_KEY).json().containsKey("checks"));
    var ready = api.get("health/ready", null);
    assertEquals("UP", ready.json().getString("status"), ready::toString);
  }

  // --- idempotency ---------------------------------------------------------------------------

  @Test
  void anIdempotencyKeyBelongsToTheApiKeyThatSentIt() {
    var f = BookingFixture.create(api, 1, 2, 120, 60);
    String key = "shared-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    String first = f.slot(26 * 60, BookingFixture.GP, "Dr Ada Lee");
    var mine = f.book(key, f.patients.get(0).json(first, "check-up"));
    assertEquals(201, mine.status(), mine::toString);
    String bookingId = mine.json().getString("bookingId");

    String other = SupportDesk.signIn(api).issueKey("other " + key, f.ods, "READ_WRITE");
    String second = f.slot(27 * 60, BookingFixture.GP, "Dr Ada Lee");
    var theirs =
        f.send(
            "POST",
            f.practice("bookings"),
            other,
            f.patients.get(0).json(second, "check-up"),
            Map.of("Idempotency-Key", key));
    assertEquals(201, theirs.status(), theirs::toString);
    assertFalse(bookingId.equals(theirs.json().getString("bookingId")), "another key's booking");
    var sameAgain =
        f.send(
            "POST",
            f.practice("bookings"),
            other,
            f.patients.get(0).json(first, "check-up"),
            Map.of("Idempotency-Key", key + "-x"));
    assertEquals(409, sameAgain.status(), "the first slot is taken: " + sameAgain);
  }
}
