package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.platform.entity.UkTime;

/** Free slots as the patient page shows them: grouped by UK day, in words a person reads aloud. */
final class SlotChoices {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private SlotChoices() {}

  /** One time a patient may pick; {@code htmlId} is safe in an HTML id whatever EMIS's ids are. */
  public static final class Option implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String slotId;
    private final String htmlId;
    private final Instant start;
    private final Instant end;
    private final String slotType;
    private final String clinician;

    Option(EmisSlot s, int index, boolean showClinician) {
      this.slotId = s.slotId();
      this.htmlId = "slot-" + index;
      this.start = s.start();
      this.end = s.end();
      this.slotType = s.slotType();
      this.clinician = showClinician ? s.clinician() : null;
    }

    public String getSlotId() {
      return slotId;
    }

    public String getHtmlId() {
      return htmlId;
    }

    public Instant getStart() {
      return start;
    }

    public Instant getEnd() {
      return end;
    }

    public String getSlotType() {
      return slotType;
    }

    public String getClinician() {
      return clinician;
    }

    public String getTime() {
      return TIME.format(start.atZone(UkTime.ZONE));
    }

    public String getDay() {
      return DAY.format(start.atZone(UkTime.ZONE));
    }

    /** "09:10, Routine GP appointment with Dr Amina Khan". */
    public String getLabel() {
      return getTime() + ", " + slotType + (clinician == null ? "" : " with " + clinician);
    }
  }

  /** The options of one day. */
  public static final class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final List<Option> options;

    Day(String label, List<Option> options) {
      this.label = label;
      this.options = options;
    }

    public String getLabel() {
      return label;
    }

    public List<Option> getOptions() {
      return options;
    }
  }

  /** Every free slot as an option, numbered once so that its HTML id stays put under filters. */
  static List<Option> options(List<EmisSlot> slots, boolean showClinician) {
    List<Option> options = new ArrayList<>();
    for (EmisSlot s : slots) {
      options.add(new Option(s, options.size(), showClinician));
    }
    return List.copyOf(options);
  }

  /** Options by UK day, in the order given. */
  static List<Day> group(List<Option> options) {
    Map<LocalDate, List<Option>> byDay = new LinkedHashMap<>();
    for (Option o : options) {
      byDay
          .computeIfAbsent(o.getStart().atZone(UkTime.ZONE).toLocalDate(), d -> new ArrayList<>())
          .add(o);
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach((d, list) -> days.add(new Day(DAY.format(d), List.copyOf(list))));
    return days;
  }
}
