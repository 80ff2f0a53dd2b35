package uk.practiceconnect.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Api.Reply;
import uk.practiceconnect.testing.Demo;

/**
 * A fresh practice linked to a fresh EMIS sandbox organisation, with patients and slots made for
 * one test, so tests never share state and never change the demo practices. Talks HTTP/1.1 (one
 * connection per concurrent call) like a real client fleet.
 */
public final class BookingFixture {

  public static final String GP = "Routine GP appointment";
  public static final String NURSE = "Nurse appointment";
  static final String USER = "pcbooking";
  static final String PASSWORD = "Booking-Emis-Pass-1";
  static final String KEY = Demo.PLATFORM_KEY;

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A patient of the fixture's organisation. */
  public record Patient(String nhs, LocalDate dob, String surname) {
    public String json(String slotId, String reason) {
      return "{\"slotId\":\""
          + slotId
          + "\",\"nhsNumber\":\""
          + nhs
          + "\",\"dateOfBirth\":\""
          + dob
          + "\",\"surname\":\""
          + surname
          + "\""
          + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
          + "}";
    }
  }

  public final Api api;
  public final String ods;
  public final String cdb;
  public final List<Patient> patients = new ArrayList<>();

  /**
   * NHS numbers differ between fixtures: the identity rate limit is per NHS number, server-wide.
   */
  public final int nhsOffset = ThreadLocalRandom.current().nextInt(0, 50_000) * 10;

  private BookingFixture(Api api, String ods, String cdb) {
    this.api = api;
    this.ods = ods;
    this.cdb = cdb;
  }

  /** Practice + organisation + API user + settings (GP and nurse slots bookable, any clinician). */
  public static BookingFixture create(
      Api api, int patients, int cap, int noticeMinutes, int cutoffMinutes) {
    String cdb = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    BookingFixture f = new BookingFixture(api, Demo.freshPractice(api), cdb);
    f.ok(
        f.send(
            "PUT",
            "sandbox/emis/admin/v1/organisations/" + cdb + "/users/" + USER,
            null,
            "{\"password\":\""
                + PASSWORD
                + "\",\"rbacRole\":\"Clinical Practitioner Access Role\",\"defaultRole\":true}"));
    f.ok(
        f.send(
            "PUT",
            f.practice("emis-settings/organisation-id"),
            KEY,
            "{\"organisationId\":\"" + cdb + "\"}"));
    f.ok(
        f.send(
            "PUT",
            f.practice("emis-settings/api-user"),
            KEY,
            "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}"));
    f.settings(true, true, cap, noticeMinutes, cutoffMinutes);
    for (int i = 0; i < patients; i++) {
      f.addPatient(i);
    }
    return f;
  }

  public Reply settings(
      boolean enabled, boolean open, int cap, int noticeMinutes, int cutoffMinutes) {
    return ok(
        send(
            "PUT",
            practice("booking-settings"),
            KEY,
            "{\"enabled\":"
                + enabled
                + ",\"openBooking\":"
                + open
                + ",\"weeksAhead\":6,\"minimumNoticeMinutes\":"
                + noticeMinutes
                + ",\"maxFutureBookings\":"
                + cap
                + ",\"cancelCutoffMinutes\":"
                + cutoffMinutes
                + ",\"showClinician\":true,\"slotTypes\":[{\"name\":\""
                + GP
                + "\",\"bookable\":true},{\"name\":\""
                + NURSE
                + "\",\"bookable\":true},{\"name\":\"Blood test\",\"bookable\":false}]}"));
  }

  Patient addPatient(int i) {
    Patient p =
        new Patient(
            nhs(nhsOffset + i),
            LocalDate.of(1950, 1, 1).plusDays(97L * i),
            "Tester" + (char) ('a' + i % 26));
    ok(
        send(
            "PUT",
            "sandbox/emis/admin/v1/organisations/" + cdb + "/patients/" + p.nhs(),
            null,
            "{\"title\":\"Mx\",\"forenames\":\"Pat\",\"surname\":\""
                + p.surname()
                + "\",\"dateOfBirth\":\""
                + p.dob()
                + "\",\"postcode\":\"LS6 1AB\",\"mobile\":\"07700900"
                + String.format("%03d", i % 1000)
                + "\",\"smsConsent\":true}"));
    patients.add(p);
    return p;
  }

  /** The i-th valid NHS number of the 999 test range after 999 200 0000. */
  static String nhs(int i) {
    int found = -1;
    for (long n = 999_200_000L; ; n++) {
      String nine = Long.toString(n);
      int sum = 0;
      for (int d = 0; d < 9; d++) {
        sum += (nine.charAt(d) - '0') * (10 - d);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10 && ++found == i) {
        return nine + check;
      }
    }
  }

  /** A free slot starting {@code minutesAhead} from now. */
  public String slot(long minutesAhead, String type, String clinician) {
    Instant start =
        Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(minutesAhead, ChronoUnit.MINUTES);
    Reply r =
        ok(
            send(
                "POST",
                "sandbox/emis/admin/v1/organisations/" + cdb + "/slots",
                null,
                "{\"start\":\""
                    + start
                    + "\",\"durationMinutes\":10,\"slotType\":\""
                    + type
                    + "\",\"clinician\":\""
                    + clinician
                    + "\"}"));
    return r.json().getString("slotId");
  }

  public Reply book(String key, String json) {
    return send(
        "POST",
        practice("bookings"),
        KEY,
        json,
        key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  /**
   * Injects a fault into the EMIS sandbox's partner calls of this fixture's organisation only
   * ({@code fields}: JSON members such as {@code "errorRate":1}), so other tests and the server's
   * background jobs meet none of it.
   */
  public void fault(String call, String fields) {
    ok(
        send(
            "PUT",
            "sandbox/emis/admin/v1/faults",
            null,
            "{\"call\":\"" + call + "\",\"organisationId\":\"" + cdb + "\"," + fields + "}"));
  }

  /** Clears the faults of this fixture's organisation (and no other's). */
  public void noFaults() {
    ok(send("DELETE", "sandbox/emis/admin/v1/faults?organisationId=" + cdb, null, null));
  }

  /** What EMIS holds (booked and cancelled), from the sandbox's admin face. */
  public List<JsonObject> emisAppointments() {
    Reply r =
        ok(
            send(
                "GET",
                "sandbox/emis/admin/v1/organisations/"
                    + cdb
                    + "/appointments?from="
                    + LocalDate.now().minusDays(1)
                    + "&to="
                    + LocalDate.now().plusDays(60),
                null,
                null));
    return r.json().getJsonArray("appointments").getValuesAs(JsonObject.class);
  }

  /** Staff cancel whatever is booked in the slot, in EMIS itself. */
  public Reply cancelInEmis(String slotId) {
    return ok(
        send(
            "POST",
            "sandbox/emis/admin/v1/organisations/" + cdb + "/slots/" + slotId + "/cancel",
            null,
            null));
  }

  /** Staff move the appointment to another (free) slot, in EMIS itself; it keeps its id. */
  public Reply moveInEmis(String appointmentId, String toSlotId) {
    return ok(
        send(
            "POST",
            "sandbox/emis/admin/v1/organisations/"
                + cdb
                + "/appointments/"
                + appointmentId
                + "/move",
            null,
            "{\"slotId\":\"" + toSlotId + "\"}"));
  }

  /** Our records of the practice's bookings in these states ("PENDING,FAILED"; null: default). */
  public List<JsonObject> bookings(String statuses) {
    return ok(send(
            "GET",
            practice("bookings" + (statuses == null ? "" : "?status=" + statuses)),
            KEY,
            null))
        .array()
        .getValuesAs(JsonObject.class);
  }

  public JsonObject booking(String bookingId) {
    return ok(send("GET", practice("bookings/" + bookingId), KEY, null)).json();
  }

  public long emisBooked() {
    return emisAppointments().stream().filter(a -> "BOOKED".equals(a.getString("status"))).count();
  }

  public String practice(String path) {
    return "api/v1/practices/" + ods + "/" + path;
  }

  public Reply send(String method, String path, String key, String json) {
    return send(method, path, key, json, Map.of());
  }

  public Reply send(
      String method, String path, String key, String json, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(90));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    headers.forEach(b::header);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), BodyHandlers.ofString());
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Reply ok(Reply r) {
    assertEquals(2, r.status() / 100, r::toString);
    return r;
  }
}
