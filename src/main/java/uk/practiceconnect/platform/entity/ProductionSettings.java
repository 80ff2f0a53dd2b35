package uk.practiceconnect.platform.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a production deployment (demo mode off) must not run with, each with what to set instead:
 * session cookies without {@code Secure}, the demo's published encryption key or Notify key or
 * password, or an EMIS or Notify address that points at the stand-ins production never deploys.
 * Read afresh each time, so a setting that goes missing at run time shows on {@code /health/ready}.
 */
public final class ProductionSettings {

  /** The id of the demo's published credential key. */
  public static final String DEMO_KEY_ID = "demo-2026";

  /** Its value, published in the demo's configuration. */
  static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";

  /** The service id in the Notify stand-in's published demo keys. */
  static final String DEMO_NOTIFY_SERVICE = "53ff6253-f57d-46af-89ee-17c82a90f77e";

  static final String DEMO_PASSWORD = "demo-password-1";

  private ProductionSettings() {}

  /**
   * What is wrong, in words an operator acts on; empty when the settings are fit for production or
   * demo mode is on.
   */
  public static List<String> problems(Function<String, Optional<String>> config) {
    List<String> problems = new ArrayList<>();
    if (config.apply("demo.enabled").map(Boolean::parseBoolean).orElse(false)) {
      return problems;
    }
    if (!config.apply("http.secure-cookies").map(Boolean::parseBoolean).orElse(true)) {
      problems.add(
          "Session cookies would be sent without Secure: set HTTP_SECURE_COOKIES=true and serve"
              + " Practice Connect over HTTPS");
    }
    String keys = config.apply("credentials.keys").orElse("");
    if (DEMO_KEY_ID.equals(config.apply("credentials.active-key").orElse(""))
        || keys.contains(DEMO_KEY)) {
      problems.add(
          "The demo's published encryption key is configured: set CREDENTIALS_KEYS to keys of your"
              + " own (id:base64 of 32 random bytes) and CREDENTIALS_ACTIVE_KEY to one of their ids");
    }
    if (config.apply("sms.notify.api-key").orElse("").contains(DEMO_NOTIFY_SERVICE)) {
      problems.add(
          "The Notify stand-in's published demo key is configured: set SMS_NOTIFY_API_KEY to your"
              + " GOV.UK Notify live key");
    }
    if (config.apply("platform.first-admin.password").filter(DEMO_PASSWORD::equals).isPresent()) {
      problems.add(
          "The first support-desk sign-in has the demo's published password: set"
              + " PLATFORM_FIRST_ADMIN_PASSWORD to a long random one");
    }
    boolean standIns = config.apply("standins.deployed").map(Boolean::parseBoolean).orElse(false);
    if (!standIns) {
      standIn(config, "emis.partner.base-url", "EMIS_PARTNER_BASE_URL", "the EMIS partner gateway")
          .ifPresent(problems::add);
      standIn(
              config,
              "sms.notify.base-url",
              "SMS_NOTIFY_BASE_URL",
              "https://api.notifications.service.gov.uk")
          .ifPresent(problems::add);
    }
    return problems;
  }

  /** A base URL that names the stand-ins' path ({@code /sandbox/}), which production never has. */
  static Optional<String> standIn(
      Function<String, Optional<String>> config, String key, String env, String instead) {
    String url = config.apply(key).orElse("");
    if (!pointsAtStandIn(url)) {
      return Optional.empty();
    }
    return Optional.of(
        key
            + " points at a stand-in ("
            + url
            + "), which production never deploys: set "
            + env
            + " to "
            + instead
            + " (or STANDINS_DEPLOYED=true where practice-connect-sandbox.war is deployed on"
            + " purpose, as in a test environment)");
  }

  public static boolean pointsAtStandIn(String url) {
    try {
      String path = URI.create(url.strip()).getPath();
      return path != null && (path.startsWith("/sandbox/") || path.equals("/sandbox"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
