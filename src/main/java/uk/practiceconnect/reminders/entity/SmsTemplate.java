package uk.practiceconnect.reminders.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The text of a reminder with its placeholders ({@link Placeholder}), as the practice wrote it.
 * Unknown placeholders and unclosed brackets are refused when it is saved, with the list of the
 * ones that exist, so a text never goes out with "((apointment))" in it.
 */
public record SmsTemplate(String text) {

  public static final int MAX_LENGTH = 612;

  // before DEFAULT: static fields are set in order, and DEFAULT is checked against it
  private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]*)\\)\\)");

  public static final SmsTemplate DEFAULT =
      new SmsTemplate(
          "Reminder from ((practice name)): you have an appointment on ((date)) at ((time)) with"
              + " ((clinician)). If you no longer need it, please cancel: ((cancel link))"
              + " To stop reminders: ((opt-out link))");

  public SmsTemplate {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("Enter the text of the reminder");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "The reminder text is too long: at most "
              + MAX_LENGTH
              + " characters (this one has "
              + text.length()
              + ")");
    }
    if (Text.hasUnreadableCharacters(text, true)) {
      throw new InvalidValueException(
          "The reminder text holds a hidden, control or direction-changing character: type that"
              + " part again (line breaks are fine)");
    }
    List<String> unknown = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (Placeholder.of(m.group(1)).isEmpty()) {
        unknown.add("((" + m.group(1) + "))");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          String.join(", ", unknown)
              + (unknown.size() == 1 ? " is not a placeholder" : " are not placeholders")
              + ". You can use "
              + List.of(Placeholder.values()).stream()
                  .map(Placeholder::token)
                  .collect(Collectors.joining(", ")));
    }
    String rest = PLACEHOLDER.matcher(text).replaceAll("");
    if (rest.contains("((") || rest.contains("))")) {
      throw new InvalidValueException(
          "A placeholder is not closed: write it with two brackets on each side, like ((date))");
    }
  }

  public static SmsTemplate of(String raw) {
    return new SmsTemplate(raw == null ? null : raw.strip());
  }

  public Set<Placeholder> placeholders() {
    Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      Placeholder.of(m.group(1)).ifPresent(used::add);
    }
    return used;
  }

  public boolean has(Placeholder p) {
    return placeholders().contains(p);
  }

  /** The text with every placeholder filled in; one missing from {@code values} becomes "". */
  public String render(Map<Placeholder, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Placeholder p = Placeholder.of(m.group(1)).orElseThrow();
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(p, "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
