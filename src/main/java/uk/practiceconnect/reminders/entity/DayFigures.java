package uk.practiceconnect.reminders.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of the reminder chart (UK dates): texts sent that day and what became of them. {@code
 * failed} also counts texts Notify refused outright (never sent, so not in {@code sent}); {@code
 * awaitingReceipt} are texts sent with no final delivery status yet. The chart's three bars are
 * delivered, awaiting and failed: none is ever negative.
 */
public record DayFigures(
    LocalDate day, int sent, int delivered, int failed, int awaitingReceipt, int cancelledByPatient)
    implements Serializable {

  /** The length of the day's chart line: everything the bars show. */
  public int chartTotal() {
    return delivered + awaitingReceipt + failed;
  }

  /** A bar's width as a CSS percentage of {@code max} ("0%" to "100%"). */
  public static String width(int n, int max) {
    if (n <= 0 || max <= 0) {
      return "0%";
    }
    double percent = Math.min(100.0, 100.0 * n / max);
    return String.format(java.util.Locale.ROOT, "%.1f%%", percent);
  }

  public LocalDate getDay() {
    return day;
  }

  public int getSent() {
    return sent;
  }

  public int getDelivered() {
    return delivered;
  }

  public int getFailed() {
    return failed;
  }

  public int getAwaitingReceipt() {
    return awaitingReceipt;
  }

  public int getCancelledByPatient() {
    return cancelledByPatient;
  }
}
