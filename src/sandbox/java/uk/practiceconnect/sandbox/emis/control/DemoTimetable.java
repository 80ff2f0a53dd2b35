package uk.practiceconnect.sandbox.emis.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo practice's week: who holds sessions, when (UK local time, so the hours stay put across
 * the clock changes), how long their slots are and what they are for.
 */
public final class DemoTimetable {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final LocalTime[][] SESSION_HOURS = {
    {LocalTime.of(8, 30), LocalTime.of(12, 0)}, {LocalTime.of(14, 0), LocalTime.of(17, 30)}
  };
  static final int SESSION_MINUTES = 210;
  static final int MIN_SLOT_MINUTES = 5;
  public static final int MAX_SLOTS_PER_DAY = 4 * 2 * (SESSION_MINUTES / MIN_SLOT_MINUTES);

  private static final List<String> SLOT_TYPES =
      List.of(
          "Routine GP appointment", "Nurse appointment", "Telephone consultation", "Blood test");

  /** A session holder with the usual length of their slots. */
  public record Holder(String name, int slotMinutes, Kind kind) {
    /** Which of {@link #slotTypes()} the i-th slot of a session is. */
    public int slotTypeFor(int i) {
      return switch (kind) {
        case GP -> i % 4 == 3 ? 2 : 0;
        case NURSE -> 1;
        case HCA -> 3;
      };
    }
  }

  enum Kind {
    GP,
    NURSE,
    HCA
  }

  /** One session to create: holder index, span, slot length and how many slots. */
  public record Block(int holder, Instant start, Instant end, int slotMinutes, int slots) {}

  private DemoTimetable() {}

  public static List<Holder> holders() {
    return List.of(
        new Holder("Dr Amina Khan", 10, Kind.GP),
        new Holder("Dr Tom Price", 10, Kind.GP),
        new Holder("Nurse Beth Lewis", 15, Kind.NURSE),
        new Holder("HCA Sam Okoro", 10, Kind.HCA));
  }

  public static List<String> slotTypes() {
    return SLOT_TYPES;
  }

  public static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The day's sessions with the slots spread over them in turn; when there are more slots than fit
   * at a holder's usual length, that session's slots get shorter (down to 5 minutes).
   */
  public static List<Block> blocks(LocalDate day, int slotsPerDay) {
    List<Holder> holders = holders();
    int sessions = holders.size() * SESSION_HOURS.length;
    List<Block> blocks = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      int slots = slotsPerDay / sessions + (s < slotsPerDay % sessions ? 1 : 0);
      if (slots == 0) {
        continue;
      }
      int holder = s % holders.size();
      LocalTime[] hours = SESSION_HOURS[s / holders.size()];
      int minutes =
          Math.max(
              MIN_SLOT_MINUTES,
              Math.min(holders.get(holder).slotMinutes(), SESSION_MINUTES / slots));
      Instant start = day.atTime(hours[0]).atZone(UK).toInstant();
      Instant end = day.atTime(hours[1]).atZone(UK).toInstant();
      // a session always ends at its closing time, even when its slots do not fill it
      if (start.plus(Duration.ofMinutes((long) minutes * slots)).isAfter(end)) {
        throw new IllegalArgumentException("too many slots for one session: " + slots);
      }
      blocks.add(new Block(holder, start, end, minutes, slots));
    }
    return blocks;
  }
}
