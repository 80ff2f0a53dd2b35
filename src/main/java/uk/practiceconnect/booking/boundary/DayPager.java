package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The times offered to a patient, one day at a time: a whole week of radio buttons is too long to
 * read or to tab through on a phone. Besides "previous" and "next", a list of the days that have
 * free times lets the patient jump straight to the day they want.
 */
public final class DayPager implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<SlotChoices.Day> days;
  private int index;

  DayPager(List<SlotChoices.Day> days) {
    this.days = List.copyOf(days);
  }

  static DayPager empty() {
    return new DayPager(List.of());
  }

  void next() {
    index = Math.min(index + 1, Math.max(0, days.size() - 1));
  }

  void previous() {
    index = Math.max(0, index - 1);
  }

  /** Straight to a day of the list (ignored if it is not one). */
  void show(int day) {
    if (day >= 0 && day < days.size()) {
      index = day;
    }
  }

  /** Straight to the day with this label, if it is one of the list. */
  void showLabelled(String label) {
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).getLabel().equals(label)) {
        index = i;
      }
    }
  }

  /** One entry of the list of days: "Tuesday 3 June, 4 times". */
  public static final class DayLink implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final String label;
    private final int times;
    private final boolean current;

    DayLink(int index, String label, int times, boolean current) {
      this.index = index;
      this.label = label;
      this.times = times;
      this.current = current;
    }

    public int getIndex() {
      return index;
    }

    public String getLabel() {
      return label;
    }

    public int getTimes() {
      return times;
    }

    public boolean isCurrent() {
      return current;
    }

    /** What the button says, for sighted and screen reader users alike. */
    public String getText() {
      return label + ", " + times + (times == 1 ? " time" : " times");
    }
  }

  /** Every day with free times, the one shown marked. */
  public List<DayLink> getAll() {
    List<DayLink> all = new java.util.ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      all.add(new DayLink(i, days.get(i).getLabel(), days.get(i).getOptions().size(), i == index));
    }
    return all;
  }

  /** Only a time that was offered can be chosen, whatever the browser sends. */
  Optional<SlotChoices.Option> offered(String slotId) {
    return days.stream()
        .flatMap(d -> d.getOptions().stream())
        .filter(o -> o.getSlotId().equals(slotId))
        .findFirst();
  }

  /** Where "Choose a time" in the error summary takes the patient. */
  String firstOptionId() {
    return days.isEmpty() ? "choose" : days.get(index).getOptions().get(0).getHtmlId();
  }

  public boolean isAnyTimes() {
    return !days.isEmpty();
  }

  public SlotChoices.Day getDay() {
    return days.isEmpty() ? null : days.get(index);
  }

  public SlotChoices.Day getNext() {
    return index + 1 < days.size() ? days.get(index + 1) : null;
  }

  public SlotChoices.Day getPrevious() {
    return index > 0 ? days.get(index - 1) : null;
  }

  /** "Day 2 of 15 with times you can book". */
  public String getPosition() {
    return "Day " + (index + 1) + " of " + days.size() + " with times you can book";
  }
}
