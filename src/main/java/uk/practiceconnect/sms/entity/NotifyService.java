package uk.practiceconnect.sms.entity;

import java.util.Optional;

/**
 * The GOV.UK Notify service a text goes through: the platform's (configuration) or a practice's
 * own. Each has its own API key, template, rate limit and inbox of replies. Never prints its key.
 *
 * @param serviceId Notify's id of the service, the part of the key before the secret
 * @param smsSenderId empty for the service's default sender
 */
public record NotifyService(
    String serviceId,
    String apiKey,
    String templateId,
    Optional<String> smsSenderId,
    boolean platform) {

  /** The service id within a key, read as Notify's client reads it (the last 73 characters). */
  public static String serviceIdOf(String apiKey) {
    int end = Math.max(0, apiKey.length() - 37);
    return apiKey.substring(Math.max(0, apiKey.length() - 73), end).toLowerCase();
  }

  @Override
  public String toString() {
    return "NotifyService["
        + (platform ? "platform" : "practice's own")
        + ", service "
        + serviceId
        + ", key hidden]";
  }
}
