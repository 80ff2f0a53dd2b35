package uk.practiceconnect.sandbox.notify.entity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text message template with Notify's {@code ((placeholder))} syntax, including optional content
 * {@code ((flag??text))}. Placeholder names match personalisation keys the way Notify matches them:
 * ignoring case, spaces, dashes and underscores.
 */
public record SmsTemplate(UUID id, int version, String name, String body) {

  /** Notify refuses text messages longer than this (after filling in the placeholders). */
  public static final int MAX_LENGTH = 918;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]+)\\)\\)");

  /**
   * The message text for these values. Values may be strings, numbers, booleans or lists (shown
   * comma separated); a missing or null value for a placeholder is a BadRequestError, as in Notify.
   */
  public String fill(Map<String, ?> personalisation) {
    Map<String, Object> values = new HashMap<>();
    if (personalisation != null) {
      personalisation.forEach((k, v) -> values.put(key(k), v));
    }
    Set<String> missing = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String content = m.group(1);
      int optional = content.indexOf("??");
      String name = optional >= 0 ? content.substring(0, optional) : content;
      Object value = values.get(key(name));
      if (value == null) {
        missing.add(name.strip());
        m.appendReplacement(out, "");
        continue;
      }
      String text =
          optional >= 0 ? (truthy(value) ? content.substring(optional + 2) : "") : show(value);
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    if (!missing.isEmpty()) {
      throw NotifyError.badRequest("Missing personalisation: " + String.join(", ", missing));
    }
    String message = out.toString().strip();
    if (message.isEmpty()) {
      throw NotifyError.badRequest("Your message is empty.");
    }
    if (message.length() > MAX_LENGTH) {
      throw NotifyError.badRequest(
          "Your message is too long. Text messages cannot be longer than "
              + MAX_LENGTH
              + " characters. Your message is "
              + message.length()
              + " characters long.");
    }
    return message;
  }

  /** The placeholder names of the body, as written there. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(body);
    while (m.find()) {
      String content = m.group(1);
      int optional = content.indexOf("??");
      names.add((optional >= 0 ? content.substring(0, optional) : content).strip());
    }
    return names;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  private static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = show(value).strip().toLowerCase(Locale.ROOT);
    return !(text.isEmpty() || text.equals("no") || text.equals("false") || text.equals("0"));
  }

  private static String show(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(SmsTemplate::show).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
