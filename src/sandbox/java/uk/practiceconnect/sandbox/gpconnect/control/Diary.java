package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySchedule;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SlotId;

/**
 * A provider's diary, generated rather than stored: on every working day (Monday to Friday), each
 * schedule's sessions cut into slots in UK local time, so the hours stay put across the clock
 * changes and the diary always runs from whatever day the clock says it is. About one slot in five
 * is already filled by the practice itself, decided by the slot's id so that every read agrees.
 */
public final class Diary {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  private Diary() {}

  /** Every slot starting on the UK days {@code from..to} (both included), in start order. */
  public static List<DiarySlot> slots(Provider provider, LocalDate from, LocalDate to) {
    List<DiarySlot> slots = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      for (DiarySchedule schedule : provider.schedules()) {
        for (LocalTime[] session : schedule.sessions()) {
          for (LocalTime t = session[0];
              !t.plusMinutes(schedule.slotMinutes()).isAfter(session[1]);
              t = t.plusMinutes(schedule.slotMinutes())) {
            slots.add(slot(new SlotId(day, schedule.id(), t), schedule));
          }
        }
      }
    }
    slots.sort(Comparator.comparing(DiarySlot::start).thenComparing(s -> s.schedule().id()));
    return slots;
  }

  /** The slot with this id, if the provider's diary has one. */
  public static Optional<DiarySlot> slot(Provider provider, SlotId id) {
    if (!isWorkingDay(id.date())) {
      return Optional.empty();
    }
    return provider
        .schedule(id.scheduleId())
        .filter(schedule -> startsASlot(schedule, id.start()))
        .map(schedule -> slot(id, schedule));
  }

  public static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Whether the practice itself has filled this slot (not through GP Connect). */
  static boolean filledByPractice(SlotId id) {
    return Math.floorMod(id.value().hashCode() * 31 + 7, 5) == 0;
  }

  private static boolean startsASlot(DiarySchedule schedule, LocalTime time) {
    for (LocalTime[] session : schedule.sessions()) {
      if (time.isBefore(session[0])
          || time.plusMinutes(schedule.slotMinutes()).isAfter(session[1])) {
        continue;
      }
      long minutes = java.time.Duration.between(session[0], time).toMinutes();
      if (minutes % schedule.slotMinutes() == 0 && time.getSecond() == 0) {
        return true;
      }
    }
    return false;
  }

  private static DiarySlot slot(SlotId id, DiarySchedule schedule) {
    Instant start = id.date().atTime(id.start()).atZone(UK).toInstant();
    Instant end =
        id.date().atTime(id.start().plusMinutes(schedule.slotMinutes())).atZone(UK).toInstant();
    return new DiarySlot(id, schedule, start, end, !filledByPractice(id));
  }
}
