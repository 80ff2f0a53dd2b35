package uk.practiceconnect.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.booking.BookingFixture.GP;
import static uk.practiceconnect.booking.BookingFixture.KEY;
import static uk.practiceconnect.booking.BookingFixture.NURSE;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Server;

/**
 * The booking REST contract on the real WAR against the EMIS sandbox: idempotency, 409, 422,
 * cut-off, other practices, rate limiting, and the race of 200 requests for 20 slots.
 */
public abstract class BookingApiEndToEnd {

  URL url;
  Api api;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
  }

  static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "not problem+json: " + r);
    assertEquals(code, r.json().getString("code"), r::toString);
    assertTrue(r.json().containsKey("detail"));
  }

  @Test
  void sameKeyAndBodyGiveTheSameBookingAndNeverASecond() {
    var f = BookingFixture.create(api, 2, 2, 120, 60);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    var slots = f.send("GET", f.practice("slots"), KEY, null);
    assertEquals(200, slots.status(), slots::toString);
    assertTrue(slots.body().contains("\"slotId\":\"" + slot + "\""), slots::toString);

    var p = f.patients.get(0);
    var first = f.book("key-1", p.json(slot, "Asthma review"));
    assertEquals(201, first.status(), first::toString);
    JsonObject b = first.json();
    assertEquals("CONFIRMED", b.getString("status"));
    assertEquals(slot, b.getJsonObject("slot").getString("slotId"));
    assertEquals(
        "*** *** " + p.nhs().substring(6), b.getJsonObject("patient").getString("nhsNumber"));
    assertFalse(first.body().contains(p.nhs()), "the NHS number is masked");
    assertTrue(first.header("Location").endsWith("/bookings/" + b.getString("bookingId")));

    var again = f.book("key-1", p.json(slot, "Asthma review"));
    assertEquals(201, again.status(), again::toString);
    assertEquals(b.getString("bookingId"), again.json().getString("bookingId"));

    assertProblem(f.book("key-1", p.json(slot, "Something else")), 422, "IDEMPOTENCY_KEY_REUSED");
    assertProblem(f.book("key-2", f.patients.get(1).json(slot, null)), 409, "SLOT_TAKEN");

    assertEquals(1, f.emisBooked(), "one appointment in EMIS");
    var after = f.send("GET", f.practice("slots"), KEY, null);
    assertFalse(
        after.body().contains("\"slotId\":\"" + slot + "\""), "a booked slot is no longer offered");
    var list = f.send("GET", f.practice("bookings"), KEY, null).array();
    assertEquals(1, list.size());
    assertEquals("API", list.getJsonObject(0).getString("channel"));
    var one = f.send("GET", f.practice("bookings/" + b.getString("bookingId")), KEY, null);
    assertEquals(200, one.status(), one::toString);
  }

  @Test
  void unmatchedPatientsBrokenRulesAndBadInputAreRefused() {
    var f = BookingFixture.create(api, 2, 1, 120, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    String wrongSurname = p.json(slot, null).replace(p.surname(), "Nobody");
    assertProblem(f.book("k-nm", wrongSurname), 422, "PATIENT_NOT_MATCHED");
    assertTrue(
        f.send("GET", f.practice("slots"), KEY, null).body().contains("\"" + slot + "\""),
        "a refused patient does not keep the slot");

    String soon = f.slot(30, GP, "Dr Amina Khan");
    assertProblem(f.book("k-soon", p.json(soon, null)), 422, "BOOKING_NOT_ALLOWED");
    String blood = f.slot(24 * 60, "Blood test", "HCA Sam Okoro");
    assertProblem(f.book("k-blood", p.json(blood, null)), 422, "BOOKING_NOT_ALLOWED");

    assertEquals(201, f.book("k-ok", p.json(slot, null)).status());
    String another = f.slot(48 * 60, NURSE, "Nurse Beth Lewis");
    var capped = f.book("k-cap", p.json(another, null));
    assertProblem(capped, 422, "BOOKING_NOT_ALLOWED");
    assertTrue(capped.json().getString("detail").contains("as many future online bookings"));
    // the patient is matched first: wrong details say "not matched" (and count towards the
    // identity limit), never that this NHS number already has bookings
    var cappedButWrong =
        f.book("k-cap-wrong", p.json(another, null).replace(p.surname(), "Nobody"));
    assertProblem(cappedButWrong, 422, "PATIENT_NOT_MATCHED");
    assertFalse(cappedButWrong.body().contains("bookings"), cappedButWrong::toString);

    var bad =
        f.book(
            "k-bad",
            "{\"slotId\":\"\",\"nhsNumber\":\"9434765918\",\"dateOfBirth\":\"1/2/80\",\"surname\":\"\"}");
    assertProblem(bad, 400, "VALIDATION_FAILED");
    var fields =
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(List.of("slotId", "nhsNumber", "dateOfBirth", "surname")),
        fields::toString);
    assertProblem(f.book(null, p.json(another, null)), 400, "VALIDATION_FAILED");
    assertProblem(
        f.send("POST", f.practice("bookings"), KEY, "{not json", Map.of("Idempotency-Key", "x")),
        400,
        "MALFORMED_REQUEST");
    assertProblem(f.book("k-unknown", p.json("no-such-slot", null)), 409, "SLOT_TAKEN");
    assertEquals(1, f.emisBooked());
  }

  @Test
  void cancellingRespectsTheCutOff() {
    var f = BookingFixture.create(api, 2, 5, 30, 120);
    var p = f.patients.get(0);
    String later = f.slot(5 * 60, GP, "Dr Tom Price");
    String soon = f.slot(90, GP, "Dr Tom Price");
    String laterId = f.book("c-1", p.json(later, null)).json().getString("bookingId");
    String soonId = f.book("c-2", p.json(soon, null)).json().getString("bookingId");

    var cancelled = f.send("DELETE", f.practice("bookings/" + laterId), KEY, null);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals(
        200,
        f.send("DELETE", f.practice("bookings/" + laterId), KEY, null).status(),
        "cancelling twice is harmless");
    assertTrue(
        f.send("GET", f.practice("slots"), KEY, null).body().contains("\"" + later + "\""),
        "the slot is free again");

    assertProblem(
        f.send("DELETE", f.practice("bookings/" + soonId), KEY, null), 422, "BOOKING_NOT_ALLOWED");
    assertProblem(f.send("DELETE", f.practice("bookings/nope"), KEY, null), 404, "NOT_FOUND");
    assertEquals(1, f.emisBooked(), "only the appointment inside the cut-off is still booked");
    var statuses = new TreeMap<String, String>();
    f.emisAppointments().forEach(a -> statuses.put(a.getString("slotId"), a.getString("status")));
    assertEquals("CANCELLED", statuses.get(later));
    assertEquals("BOOKED", statuses.get(soon));
  }

  @Test
  void otherPracticesAreNotFoundAndSettingsAreValidatedAndAudited() {
    var f = BookingFixture.create(api, 1, 2, 120, 60);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    for (String path : List.of("slots", "bookings", "booking-settings")) {
      assertProblem(f.send("GET", f.practice(path), Demo.A81001_KEY, null), 404, "NOT_FOUND");
    }
    var other =
        f.send(
            "POST",
            f.practice("bookings"),
            Demo.A81001_KEY,
            f.patients.get(0).json(slot, null),
            Map.of("Idempotency-Key", "o-1"));
    assertProblem(other, 404, "NOT_FOUND");
    assertProblem(f.send("GET", f.practice("slots"), null, null), 401, "UNAUTHENTICATED");

    var bad =
        f.send(
            "PUT",
            f.practice("booking-settings"),
            KEY,
            "{\"enabled\":true,\"openBooking\":true,\"weeksAhead\":13,\"minimumNoticeMinutes\":-1,\"maxFutureBookings\":2,\"cancelCutoffMinutes\":60,\"slotTypes\":[]}");
    assertProblem(bad, 400, "VALIDATION_FAILED");
    String errors = bad.json().getJsonArray("errors").toString();
    assertTrue(
        errors.contains("weeksAhead")
            && errors.contains("minimumNoticeMinutes")
            && errors.contains("slotTypes"),
        errors);

    var settings = f.send("GET", f.practice("booking-settings"), KEY, null);
    assertEquals(6, settings.json().getInt("weeksAhead"));
    String etag = settings.header("ETag");
    var stale =
        f.send(
            "PUT",
            f.practice("booking-settings"),
            KEY,
            "{\"enabled\":false,\"weeksAhead\":6,\"minimumNoticeMinutes\":0,\"maxFutureBookings\":2,\"cancelCutoffMinutes\":0}",
            Map.of("If-Match", "\"999\""));
    assertProblem(stale, 409, "CHANGED_BY_SOMEONE_ELSE");
    var off =
        f.send(
            "PUT",
            f.practice("booking-settings"),
            KEY,
            "{\"enabled\":false,\"weeksAhead\":6,\"minimumNoticeMinutes\":0,\"maxFutureBookings\":2,\"cancelCutoffMinutes\":0}",
            Map.of("If-Match", etag));
    assertEquals(200, off.status(), off::toString);
    assertEquals(
        "[]",
        f.send("GET", f.practice("slots"), KEY, null).body(),
        "no slots while booking is off");
    assertProblem(f.book("off-1", f.patients.get(0).json(slot, null)), 422, "BOOKING_NOT_ALLOWED");
    var audit = f.send("GET", f.practice("audit?q=booking"), KEY, null);
    assertTrue(
        audit.body().contains("BOOKING_SETTING_CHANGED")
            && audit.body().contains("Online booking: on"),
        audit::toString);
  }

  @Test
  void identityChecksAreRateLimitedPerNhsNumberAndPerAddress() throws Exception {
    var f = BookingFixture.create(api, 2, 2, 120, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    String wrong = p.json(slot, null).replace(p.surname(), "Wrong");
    for (int i = 0; i < 5; i++) {
      var r = f.book("rl-" + i, wrong);
      assertEquals(422, r.status(), "attempt " + i + ": " + r);
      assertProblem(r, 422, "PATIENT_NOT_MATCHED");
    }
    var locked = f.book("rl-right", p.json(slot, null));
    assertProblem(locked, 429, "RATE_LIMITED");
    assertTrue(locked.json().getString("detail").contains("Wait"), locked::toString);
    long retryAfter = Long.parseLong(locked.header("Retry-After"));
    assertTrue(retryAfter > 13 * 60 && retryAfter <= 15 * 60, "the real wait: " + retryAfter);
    assertTrue(
        locked.json().getString("detail").contains((retryAfter + 59) / 60 + " minutes"),
        locked::toString);
    assertFalse(
        locked.body().toLowerCase().contains("surname"), "never says which detail was wrong");
    assertEquals(
        201,
        f.book("rl-other", f.patients.get(1).json(slot, null)).status(),
        "another patient is not held up");

    // 20 failures from one address (different NHS numbers) hold up that address only
    String slot2 = f.slot(26 * 60, GP, "Dr Amina Khan");
    for (int i = 0; i < 20; i++) {
      String body =
          "{\"slotId\":\""
              + slot2
              + "\",\"nhsNumber\":\""
              + BookingFixture.nhs(f.nhsOffset + 100 + i)
              + "\",\"dateOfBirth\":\"1970-01-01\",\"surname\":\"Nobody\"}";
      assertEquals(
          422,
          rawPost(f.practice("bookings"), "127.0.0.7", body, "addr-" + i).status(),
          "attempt " + i);
    }
    String fresh =
        "{\"slotId\":\""
            + slot2
            + "\",\"nhsNumber\":\""
            + BookingFixture.nhs(f.nhsOffset + 200)
            + "\",\"dateOfBirth\":\"1970-01-01\",\"surname\":\"Nobody\"}";
    assertEquals(429, rawPost(f.practice("bookings"), "127.0.0.7", fresh, "addr-x").status());
    assertEquals(
        422,
        rawPost(f.practice("bookings"), "127.0.0.8", fresh, "addr-y").status(),
        "another address is not held up");
  }

  @Test
  void parallelWrongAttemptsForOneNhsNumberReachEmisNoMoreOftenThanTheLimit() throws Exception {
    var f = BookingFixture.create(api, 1, 2, 120, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    String wrong = p.json(slot, null).replace(p.surname(), "Wrong");
    // EMIS is slow to answer, so every attempt has started before any failure is known
    var fault =
        f.send(
            "PUT",
            "sandbox/emis/admin/v1/faults",
            null,
            "{\"call\":\"GetMatchedPatient\",\"organisationId\":\""
                + f.cdb
                + "\",\"latencyMs\":800}");
    assertEquals(200, fault.status(), fault::toString);
    List<RawReply> replies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(30);
    try {
      List<Future<RawReply>> running = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        final int n = i;
        running.add(
            pool.submit(() -> rawPost(f.practice("bookings"), "127.0.0.11", wrong, "par-" + n)));
      }
      for (Future<RawReply> r : running) {
        replies.add(r.get());
      }
    } finally {
      pool.shutdown();
      f.noFaults();
    }
    Map<Integer, Long> byStatus = new TreeMap<>();
    replies.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
    // each 422 (not matched) is an attempt EMIS was asked about: no more than the limit of 5
    assertEquals(Map.of(422, 5L, 429, 25L), byStatus, byStatus::toString);
    assertTrue(
        replies.stream()
            .filter(r -> r.status() == 429)
            .allMatch(r -> r.header("Retry-After") != null && r.body().contains("RATE_LIMITED")),
        "every 429 says when to come back");
    assertEquals(
        429,
        rawPost(f.practice("bookings"), "127.0.0.11", p.json(slot, null), "par-right").status(),
        "even the right details wait now");
    assertEquals(0, f.emisBooked());
  }

  @Test
  void behindTheTrustedLoadBalancerTheForwardedClientIsLimitedNotTheBalancer() throws Exception {
    // the failsafe configuration trusts 127.0.0.9 as a load balancer (http.trusted-proxies)
    var f = BookingFixture.create(api, 1, 2, 120, 60);
    String slot = f.slot(26 * 60, GP, "Dr Amina Khan");
    for (int i = 0; i < 20; i++) {
      assertEquals(
          422,
          rawPost(
                  f.practice("bookings"),
                  "127.0.0.9",
                  nobody(slot, f.nhsOffset + 300 + i),
                  "lb-" + i,
                  "198.51.100.7")
              .status(),
          "attempt " + i);
    }
    String fresh = nobody(slot, f.nhsOffset + 400);
    String bookings = f.practice("bookings");
    assertEquals(429, rawPost(bookings, "127.0.0.9", fresh, "lb-x", "198.51.100.7").status());
    assertEquals(
        429,
        rawPost(bookings, "127.0.0.9", fresh, "lb-y", "203.0.113.1, 198.51.100.7").status(),
        "an address the client wrote in front does not help it");
    assertEquals(
        422,
        rawPost(bookings, "127.0.0.9", fresh, "lb-z", "198.51.100.8").status(),
        "another client behind the same balancer is not held up");
    assertEquals(
        422,
        rawPost(bookings, "127.0.0.12", fresh, "lb-w", "198.51.100.7").status(),
        "the header is believed only from the trusted balancer");
  }

  private static String nobody(String slot, int nhsIndex) {
    return "{\"slotId\":\""
        + slot
        + "\",\"nhsNumber\":\""
        + BookingFixture.nhs(nhsIndex)
        + "\",\"dateOfBirth\":\"1970-01-01\",\"surname\":\"Nobody\"}";
  }

  @Test
  void bookingsCancelledOrMovedInEmisAreFoundAndTheirSlotsOfferedAgain() {
    var f = BookingFixture.create(api, 2, 2, 120, 60);
    var p = f.patients.get(0);
    String first = f.slot(24 * 60, GP, "Dr Amina Khan");
    String second = f.slot(48 * 60, GP, "Dr Amina Khan");
    String moveTo = f.slot(72 * 60, GP, "Dr Tom Price");
    String later = f.slot(96 * 60, NURSE, "Nurse Beth Lewis");
    JsonObject cancelled = f.book("r-1", p.json(first, null)).json();
    JsonObject moved = f.book("r-2", p.json(second, null)).json();
    assertProblem(f.book("r-3", p.json(later, null)), 422, "BOOKING_NOT_ALLOWED");

    // reception cancels one and moves the other, in EMIS itself
    f.cancelInEmis(first);
    f.moveInEmis(moved.getString("emisAppointmentId"), moveTo);
    var run = f.send("POST", f.practice("bookings/reconcile"), KEY, null);
    assertEquals(200, run.status(), run::toString);
    assertEquals(2, run.json().getInt("checked"), run::toString);
    assertEquals(1, run.json().getInt("cancelled"), run::toString);
    assertEquals(1, run.json().getInt("moved"), run::toString);

    JsonObject one = f.booking(cancelled.getString("bookingId"));
    assertEquals("CANCELLED", one.getString("status"), one::toString);
    assertEquals("EMIS", one.getString("cancelChannel"), one::toString);
    assertEquals("system (EMIS reconciliation)", one.getString("cancelledBy"));
    assertFalse(one.getBoolean("slotHeld"));
    JsonObject two = f.booking(moved.getString("bookingId"));
    assertEquals("MOVED", two.getString("status"), two::toString);
    assertFalse(two.isNull("movedTo"), two::toString);

    // the freed slot is offered and bookable again, and the patient's limit is free again
    assertTrue(
        f.send("GET", f.practice("slots"), KEY, null).body().contains("\"" + first + "\""),
        "the slot cancelled in EMIS is offered again");
    assertEquals(201, f.book("r-4", f.patients.get(1).json(first, null)).status());
    assertEquals(201, f.book("r-5", p.json(later, null)).status(), "the limit counts it no more");
    var listed = f.bookings(null);
    assertEquals(4, listed.size(), listed::toString);
    assertTrue(listed.stream().anyMatch(b -> "MOVED".equals(b.getString("status"))));

    var again = f.send("POST", f.practice("bookings/reconcile"), KEY, null).json();
    assertEquals(0, again.getInt("cancelled") + again.getInt("moved"), again::toString);
    var audit = f.send("GET", f.practice("audit?q=EMIS"), KEY, null);
    assertTrue(
        audit.body().contains("BOOKING_MOVED_IN_EMIS")
            && audit.body().contains("system (EMIS reconciliation)"),
        audit::toString);
  }

  /** What a raw POST got: status, headers (lower-case names) and body. */
  record RawReply(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private RawReply rawPost(String path, String from, String json, String key) throws Exception {
    return rawPost(path, from, json, key, null);
  }

  /**
   * A POST from a chosen loopback source address (the JDK's HTTP client cannot bind one),
   * optionally with an X-Forwarded-For header, as a load balancer sends it.
   */
  private RawReply rawPost(String path, String from, String json, String key, String forwardedFor)
      throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      s.connect(new InetSocketAddress("127.0.0.1", url.getPort()), 5000);
      s.setSoTimeout(30000);
      OutputStream out = s.getOutputStream();
      String head =
          "POST /"
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + KEY
              + "\r\nContent-Type: application/json\r\nIdempotency-Key: "
              + key
              + (forwardedFor == null ? "" : "\r\nX-Forwarded-For: " + forwardedFor)
              + "\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = reply.indexOf("\r\n\r\n");
      String[] lines = reply.substring(0, split < 0 ? reply.length() : split).split("\r\n");
      Map<String, String> headers = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      return new RawReply(
          Integer.parseInt(lines[0].split(" ")[1]),
          headers,
          split < 0 ? "" : reply.substring(split + 4));
    }
  }

  @Test
  void aBookingEmisDoesNotAnswerInTimeIsFoundThereNotMadeTwice() {
    var f = BookingFixture.create(api, 2, 2, 120, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    // EMIS books at once but answers after 13 s: longer than our client waits (10 s)
    var fault =
        f.send(
            "PUT",
            "sandbox/emis/admin/v1/faults",
            null,
            "{\"call\":\"BookAppointment\",\"organisationId\":\""
                + f.cdb
                + "\",\"latencyMs\":13000}");
    assertEquals(200, fault.status(), fault::toString);
    try {
      var r = f.book("slow-1", p.json(slot, null));
      assertEquals(201, r.status(), r::toString);
      assertEquals("CONFIRMED", r.json().getString("status"));
      assertEquals(1, f.emisBooked(), "found in the patient's appointments, not booked again");
      var again = f.book("slow-1", p.json(slot, null));
      assertEquals(r.json().getString("bookingId"), again.json().getString("bookingId"));
    } finally {
      f.noFaults();
    }
    assertProblem(f.book("slow-2", f.patients.get(1).json(slot, null)), 409, "SLOT_TAKEN");
    assertEquals(1, f.emisBooked());
  }

  @Test
  void twoHundredAttemptsAtTwentySlotsBookExactlyTwentyRestAndPagesMixed() throws Exception {
    var f = BookingFixture.create(api, 40, 20, 60, 60);
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      slots.add(
          f.slot(
              24 * 60 + 10L * i,
              i % 2 == 0 ? GP : NURSE,
              i % 2 == 0 ? "Dr Amina Khan" : "Nurse Beth Lewis"));
    }
    // 20 patients on the pages, each at the last step for one of the slots
    List<PageJourney> pages = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var journey =
          new PageJourney(api.uri("book/" + f.ods)).open().identify(f.patients.get(20 + i));
      assertTrue(journey.html().contains("Choose a time"), journey::html);
      pages.add(journey.choose(slots.get(i)));
      assertTrue(journey.html().contains("Check and book"), journey::html);
    }
    ExecutorService pool = Executors.newFixedThreadPool(200);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    List<Future<String>> pageReplies = new ArrayList<>();
    for (int i = 0; i < 180; i++) {
      final int n = i;
      replies.add(
          pool.submit(
              () -> f.book("race-" + n, f.patients.get(n % 20).json(slots.get(n % 20), null))));
      if (i % 9 == 0) {
        PageJourney journey = pages.get(i / 9);
        pageReplies.add(pool.submit(() -> journey.book().html()));
      }
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Future<Api.Reply> r : replies) {
      Api.Reply reply = r.get();
      outcomes.merge("rest " + reply.status(), 1, Integer::sum);
      if (reply.status() == 409) {
        assertEquals("SLOT_TAKEN", reply.json().getString("code"), reply::toString);
      }
    }
    for (Future<String> r : pageReplies) {
      String html = r.get();
      if (html.contains("Your appointment is booked")) {
        outcomes.merge("page booked", 1, Integer::sum);
      } else {
        assertTrue(html.contains("That time has just been taken"), html);
        assertTrue(html.contains("Choose a time"), "fresh choices are offered");
        outcomes.merge("page taken", 1, Integer::sum);
      }
    }
    pool.shutdown();
    int booked = outcomes.getOrDefault("rest 201", 0) + outcomes.getOrDefault("page booked", 0);
    int refused = outcomes.getOrDefault("rest 409", 0) + outcomes.getOrDefault("page taken", 0);
    assertEquals(20, booked, outcomes::toString);
    assertEquals(180, refused, outcomes::toString);
    assertEquals(200, booked + refused, "no other answers: " + outcomes);
    assertEquals(20, f.emisBooked(), "exactly 20 appointments in EMIS");
    var ours =
        f.send("GET", f.practice("bookings"), KEY, null).array().getValuesAs(JsonObject.class);
    assertEquals(20, ours.size(), "no other records (pending or failed ones are not listed)");
    assertTrue(ours.stream().allMatch(b -> "CONFIRMED".equals(b.getString("status"))));
    assertEquals(
        20, ours.stream().map(b -> b.getJsonObject("slot").getString("slotId")).distinct().count());
    // nothing left half-done: no booking still waiting, no failed one holding a slot
    assertEquals(List.of(), f.bookings("PENDING"), "no PENDING rows");
    var failed = f.bookings("FAILED");
    assertTrue(
        failed.stream().noneMatch(b -> b.getBoolean("slotHeld")),
        "no FAILED row holds a claim: " + failed);
    assertEquals(
        20,
        f.bookings("PENDING,CONFIRMED,FAILED,CANCELLED,MOVED").stream()
            .filter(b -> b.getBoolean("slotHeld"))
            .count(),
        "exactly the 20 confirmed bookings hold claims");
  }
}
