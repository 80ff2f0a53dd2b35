package uk.practiceconnect.booking;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A patient's journey on the booking pages as plain form posts (its own cookies, the Faces view
 * state read from each page), so many can run at once beside REST calls.
 */
final class PageJourney {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE =
      Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          // the first step answers a match with a redirect to the times, as it does a browser
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI page;
  private String html;

  PageJourney(URI page) {
    this.page = page;
  }

  String html() {
    return html;
  }

  PageJourney open() {
    html = send(HttpRequest.newBuilder(page).GET());
    return this;
  }

  PageJourney identify(BookingFixture.Patient p) {
    return post(
        "identify",
        Map.of(
            "nhsNumber",
            p.nhs(),
            "dobDay",
            "" + p.dob().getDayOfMonth(),
            "dobMonth",
            "" + p.dob().getMonthValue(),
            "dobYear",
            "" + p.dob().getYear(),
            "surname",
            p.surname(),
            "continue",
            "Continue"));
  }

  PageJourney choose(String slotId) {
    return post("choose", Map.of("slot", slotId, "chooseTime", "Continue"));
  }

  PageJourney book() {
    return post("confirm", Map.of("reason", "", "book", "Book this appointment"));
  }

  /** "Book" from the page as it is now, returning what this press got (presses may overlap). */
  String bookOnce() {
    String page = html;
    return submit(page, "confirm", Map.of("reason", "", "book", "Book this appointment"));
  }

  /** "Try again" after the appointment book could not be read. */
  PageJourney retry() {
    return post("choose", Map.of("retryTimes", "Try again"));
  }

  private PageJourney post(String form, Map<String, String> fields) {
    html = submit(html, form, fields);
    return this;
  }

  private String submit(String html, String form, Map<String, String> fields) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state on the page: " + html);
    }
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put(form, form);
    all.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
    // the form's hidden CSP nonce, as a browser posts it
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private String send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(
              b.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("page answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
