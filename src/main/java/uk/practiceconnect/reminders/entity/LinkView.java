package uk.practiceconnect.reminders.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the public link pages may show. The appointment's details are filled in only once the date
 * of birth was right ({@link State#VERIFIED} and later states); before that only the practice.
 */
public record LinkView(
    State state,
    String practiceName,
    Instant appointmentStart,
    String clinician,
    Instant cancelBy,
    int attemptsLeft)
    implements Serializable {

  public enum State {
    /** Ask for the date of birth. */
    ASK_DATE_OF_BIRTH,
    /** The date of birth was wrong; {@code attemptsLeft} more tries. */
    WRONG_DATE_OF_BIRTH,
    /** Right date of birth: the appointment can be shown and cancelled. */
    VERIFIED,
    /** Right date of birth, but past the practice's cancellation cut-off. */
    TOO_LATE,
    CANCELLED,
    OPTED_OUT,
    /** Too many wrong dates of birth. */
    LOCKED,
    /** The appointment has started, or the link's time is over. */
    EXPIRED,
    /** Cancelled with this link before, or opted out with it before. */
    USED,
    /** No such link (or a mistyped one). */
    NOT_FOUND,
    /** EMIS could not cancel it (already cancelled there, or not answering). */
    COULD_NOT_CANCEL
  }

  public static LinkView of(State state) {
    return new LinkView(state, null, null, null, null, 0);
  }

  public static LinkView of(State state, String practiceName) {
    return new LinkView(state, practiceName, null, null, null, 0);
  }
}
