package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one step of a patient page: a message per field (shown next to it) and the list for
 * the GOV.UK-style error summary, each linking to the field it is about.
 */
public final class PatientErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the error summary. */
  public static final class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String target;
    private final String message;

    Item(String target, String message) {
      this.target = target;
      this.message = message;
    }

    public String getTarget() {
      return target;
    }

    public String getMessage() {
      return message;
    }
  }

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<Item> summary = new ArrayList<>();

  public void clear() {
    byField.clear();
    summary.clear();
  }

  /**
   * @param target the id of the input the summary links to (for a date: its day box)
   */
  public void add(String field, String target, String message) {
    if (field != null && !byField.containsKey(field)) {
      byField.put(field, message);
    }
    summary.add(new Item(target, message));
  }

  public boolean isAny() {
    return !summary.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String of(String field) {
    return byField.get(field);
  }

  public List<Item> getSummary() {
    return summary;
  }
}
