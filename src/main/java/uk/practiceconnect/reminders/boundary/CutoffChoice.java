package uk.practiceconnect.reminders.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A choice of the cancellation cut-off on the Reminders page. The page offers the usual ones and,
 * when the practice's cut-off is another (any whole minute up to 72 hours can be set through the
 * REST API), that one too: so the page shows it and saving the page keeps it.
 */
public record CutoffChoice(int minutes, String label) implements Serializable {

  static final int[] USUAL = {0, 30, 60, 120, 240, 720, 1440, 2880};

  /** The usual choices and {@code current}, shortest first. */
  static List<CutoffChoice> around(int current) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int m : USUAL) {
      all.add(m);
    }
    all.add(current);
    List<CutoffChoice> out = new ArrayList<>();
    all.forEach(m -> out.add(new CutoffChoice(m, label(m))));
    return out;
  }

  /** "the appointment starts", "1 hour 30 minutes before", "3 days before". */
  static String label(int minutes) {
    if (minutes <= 0) {
      return "the appointment starts";
    }
    List<String> parts = new ArrayList<>();
    int days = minutes / (24 * 60);
    int hours = minutes / 60 % 24;
    int mins = minutes % 60;
    if (days > 0) {
      parts.add(days + (days == 1 ? " day" : " days"));
    }
    if (hours > 0) {
      parts.add(hours + (hours == 1 ? " hour" : " hours"));
    }
    if (mins > 0) {
      parts.add(mins + (mins == 1 ? " minute" : " minutes"));
    }
    return String.join(" ", parts) + " before";
  }

  public int getMinutes() {
    return minutes;
  }

  public String getLabel() {
    return label;
  }
}
