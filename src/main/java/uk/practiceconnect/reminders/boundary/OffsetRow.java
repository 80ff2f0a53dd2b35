package uk.practiceconnect.reminders.boundary;

import java.io.Serializable;
import java.time.Duration;
import uk.practiceconnect.reminders.entity.ReminderOffset;

/** One "send a reminder N days/hours/minutes before" row of the Reminders page. */
public class OffsetRow implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Unit {
    DAYS("days before"),
    HOURS("hours before"),
    MINUTES("minutes before");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  private Integer amount;
  private Unit unit;

  public OffsetRow(Integer amount, Unit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /** The largest whole unit that fits: 2880 minutes is "2 days", 150 is "150 minutes". */
  static OffsetRow of(ReminderOffset o) {
    Duration d = o.before();
    if (d.toMinutes() % (24 * 60) == 0) {
      return new OffsetRow((int) d.toDays(), Unit.DAYS);
    }
    if (d.toMinutes() % 60 == 0) {
      return new OffsetRow((int) d.toHours(), Unit.HOURS);
    }
    return new OffsetRow((int) d.toMinutes(), Unit.MINUTES);
  }

  /** ISO-8601, as the service takes it; a missing amount gives an empty one (refused there). */
  String iso() {
    if (amount == null || unit == null) {
      return "";
    }
    return switch (unit) {
      case DAYS -> "P" + amount + "D";
      case HOURS -> "PT" + amount + "H";
      case MINUTES -> "PT" + amount + "M";
    };
  }

  public Integer getAmount() {
    return amount;
  }

  public void setAmount(Integer amount) {
    this.amount = amount;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public Unit[] getUnits() {
    return Unit.values();
  }
}
