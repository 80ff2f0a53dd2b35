package uk.practiceconnect.reminders.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The words a reminder template may put in double brackets, as Notify's templates do. */
public enum Placeholder {
  PRACTICE_NAME("practice name"),
  DATE("date"),
  TIME("time"),
  CLINICIAN("clinician"),
  CANCEL_LINK("cancel link"),
  OPT_OUT_LINK("opt-out link");

  private final String word;

  Placeholder(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** "((practice name))" */
  public String token() {
    return "((" + word + "))";
  }

  /** Case and extra spaces do not matter: "(( Practice Name ))" is ((practice name)). */
  public static Optional<Placeholder> of(String inside) {
    String w = inside.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    return Arrays.stream(values()).filter(p -> p.word.equals(w)).findFirst();
  }
}
