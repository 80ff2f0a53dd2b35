package uk.practiceconnect.booking.control;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;

/** One audit entry per booking setting that changed, in the words of the settings page. */
final class SettingsAudit {

  private SettingsAudit() {}

  static void record(
      AuditTrail audit, Caller caller, Practice practice, BookingRule before, BookingRule after) {
    var entries = new java.util.ArrayList<String[]>();
    field(entries, "enabled", "Online booking", onOff(before.enabled()), onOff(after.enabled()));
    field(
        entries,
        "openBooking",
        "Who can book",
        who(before.openBooking()),
        who(after.openBooking()));
    field(
        entries,
        "weeksAhead",
        "How far ahead",
        before.weeksAhead() + " weeks",
        after.weeksAhead() + " weeks");
    field(
        entries,
        "minimumNoticeMinutes",
        "Minimum notice",
        minutes(before.minimumNotice()),
        minutes(after.minimumNotice()));
    field(
        entries,
        "maxFutureBookings",
        "Future online bookings per patient",
        "" + before.maxFutureBookings(),
        "" + after.maxFutureBookings());
    field(
        entries,
        "cancelCutoffMinutes",
        "Cancel cut-off",
        minutes(before.cancelCutoff()),
        minutes(after.cancelCutoff()));
    field(
        entries,
        "showClinician",
        "Show clinician to patients",
        yesNo(before.showClinician()),
        yesNo(after.showClinician()));
    field(
        entries,
        "slotTypes",
        "Bookable slot types",
        types(before.bookable().clinicians()),
        types(after.bookable().clinicians()));
    for (String[] e : entries) {
      audit.record(
          caller, practice.id(), practice.odsCode().value(), "BOOKING_SETTING_CHANGED", e[0], e[1]);
    }
  }

  private static void field(
      java.util.List<String[]> out, String field, String label, String before, String after) {
    if (!Objects.equals(before, after)) {
      String detail = label + ": " + before + " → " + after;
      out.add(
          new String[] {field, detail.length() > 500 ? detail.substring(0, 497) + "..." : detail});
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static String yesNo(boolean yes) {
    return yes ? "yes" : "no";
  }

  private static String who(boolean open) {
    return open ? "anyone registered" : "invitation links only";
  }

  private static String minutes(Duration d) {
    long m = d.toMinutes();
    return m % 60 == 0 ? (m / 60) + " h" : m + " min";
  }

  private static String types(Map<SlotType, Set<String>> scope) {
    if (scope.isEmpty()) {
      return "none";
    }
    Map<String, Set<String>> sorted = new TreeMap<>();
    scope.forEach((t, c) -> sorted.put(t.value(), new TreeSet<>(c)));
    StringBuilder out = new StringBuilder();
    sorted.forEach(
        (t, c) -> {
          if (!out.isEmpty()) {
            out.append("; ");
          }
          out.append(t)
              .append(c.isEmpty() ? " (any clinician)" : " (" + String.join(", ", c) + ")");
        });
    return out.toString();
  }
}
