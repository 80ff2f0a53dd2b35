package uk.practiceconnect.reminders.entity;

import java.time.LocalDate;

/** One day of the reminder chart (UK dates): texts sent that day and what became of them. */
public record DayFigures(
    LocalDate day, int sent, int delivered, int failed, int cancelledByPatient) {

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

  public int getCancelledByPatient() {
    return cancelledByPatient;
  }
}
