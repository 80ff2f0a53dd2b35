package uk.practiceconnect.sandbox.notify.control;

/**
 * The sandbox's limits: a token bucket of {@code perMinute} requests a minute holding at most
 * {@code burst}, per service and key type (as Notify counts), and {@code dailyLimit} messages a day
 * (UTC) per service, test keys not counted.
 */
public record RateSettings(int perMinute, int burst, long dailyLimit) {

  public RateSettings {
    if (perMinute < 1 || burst < 1 || dailyLimit < 0) {
      throw new IllegalArgumentException(
          "ratePerMinute and burst must be at least 1, dailyLimit at least 0");
    }
  }
}
