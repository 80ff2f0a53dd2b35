package uk.practiceconnect.gpconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;

/**
 * A fresh practice of the test, reaching the stand-in's test provider (A81099) through GP Connect,
 * set up over the REST API as a support desk's platform key would: the provider's settings, the
 * route, and online booking for the provider's two slot types. Never a demo practice.
 */
final class GpConnectPractice {

  static final String KEY = Demo.PLATFORM_KEY;

  /** The stand-in's registered test patients (docs/sandbox.md). */
  record Patient(String id, String nhs, String dob, String surname) {
    String booking(String slotId, String reason) {
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

    Patient calledInstead(String otherSurname) {
      return new Patient(id, nhs, dob, otherSurname);
    }
  }

  static final Patient SAM = new Patient("1", "9990000026", "1990-03-02", "Morgan");
  static final Patient DANIEL = new Patient("2", "9990000034", "1978-11-23", "Okafor");
  static final Patient ELEANOR = new Patient("3", "9990000042", "1944-07-09", "Whitfield");
  static final Patient CHLOE = new Patient("4", "9990000050", "2004-01-30", "Bennett");
  static final Patient HAROLD = new Patient("5", "9990000069", "1951-05-17", "Finch");

  final Api api;
  final String ods;
  final StandIn standIn;

  private GpConnectPractice(Api api, String ods) {
    this.api = api;
    this.ods = ods;
    this.standIn = new StandIn(api);
  }

  /** A new practice, on EMIS as every new practice is, with nothing set for GP Connect. */
  static GpConnectPractice fresh(Api api) {
    return new GpConnectPractice(api, Demo.freshPractice(api, 'G'));
  }

  /** A new practice on GP Connect to the test provider, booking on for both slot types. */
  static GpConnectPractice bookable(Api api) {
    GpConnectPractice p = fresh(api);
    p.ok(p.saveSettings(StandIn.ASID));
    p.ok(p.route("GP_CONNECT"));
    p.ok(p.bookingSettings(true));
    p.awaitRouteSeen();
    return p;
  }

  /**
   * Practices found by ODS code are kept for a second (Practices.FRESH_FOR), also on the instance
   * that changed the route: a booking call within that second would still go to EMIS.
   */
  void awaitRouteSeen() {
    try {
      Thread.sleep(1_200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Api.Reply saveSettings(String providerAsid) {
    String etag = ok(api.get(path("gp-connect-settings"), KEY)).header("ETag");
    return api.send(
        "PUT",
        path("gp-connect-settings"),
        KEY,
        "{\"endpoint\":\""
            + standIn.endpoint()
            + "\",\"providerAsid\":\""
            + providerAsid
            + "\",\"providerOdsCode\":\""
            + StandIn.ODS
            + "\"}",
        Map.of("If-Match", etag));
  }

  Api.Reply route(String route) {
    return api.put(path("integration-route"), KEY, "{\"route\":\"" + route + "\"}");
  }

  Api.Reply connectionTest() {
    return api.post(path("gp-connect-settings/connection-test"), KEY, null);
  }

  /** Booking on two weeks ahead, no notice needed, cancelling allowed up to the start. */
  Api.Reply bookingSettings(boolean openBooking) {
    return bookingSettings(openBooking, 2);
  }

  /** Booking on as far ahead as asked (a GP Connect search covers 14 days: longer is parts). */
  Api.Reply bookingSettings(boolean openBooking, int weeksAhead) {
    return api.put(
        path("booking-settings"),
        KEY,
        "{\"enabled\":true,\"openBooking\":"
            + openBooking
            + ",\"weeksAhead\":"
            + weeksAhead
            + ",\"minimumNoticeMinutes\":0,\"maxFutureBookings\":4,"
            + "\"cancelCutoffMinutes\":0,\"showClinician\":true,\"slotTypes\":["
            + "{\"name\":\"Routine GP appointment\",\"bookable\":true},"
            + "{\"name\":\"Nurse appointment\",\"bookable\":true}]}");
  }

  /** The free slots the booking API offers, earliest first. */
  List<JsonObject> slots() {
    return ok(api.get(path("slots"), KEY)).array().getValuesAs(JsonObject.class);
  }

  /** An offered slot at least an hour ahead, the n-th such (so tests can take several). */
  JsonObject slot(int n) {
    Instant soonest = Instant.now().plusSeconds(3600);
    return slots().stream()
        .filter(s -> Instant.parse(s.getString("start")).isAfter(soonest))
        .skip(n)
        .findFirst()
        .orElseThrow(() -> new AssertionError("fewer than " + (n + 1) + " slots offered"));
  }

  Api.Reply book(String idempotencyKey, String json) {
    return api.send("POST", path("bookings"), KEY, json, Map.of("Idempotency-Key", idempotencyKey));
  }

  JsonObject booking(String bookingId) {
    return ok(api.get(path("bookings/" + bookingId), KEY)).json();
  }

  String path(String rest) {
    return "api/v1/practices/" + ods + "/" + rest;
  }

  Api.Reply ok(Api.Reply r) {
    assertEquals(2, r.status() / 100, r::toString);
    return r;
  }
}
