package uk.practiceconnect.emis.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.platform.entity.UkTime;

/** The inbox notice a practice gets when its EMIS link breaks: what failed and what to do. */
record BrokenNotice(String subject, String body) {

  static final String SENDER = "Practice Connect";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK).withZone(UkTime.ZONE);

  /** How every "stopped working" subject starts (notices are settled by it). */
  static final String BROKEN_SUBJECT = "Your EMIS link has stopped working";

  /** Who marks the "stopped working" notices read when the link works again. */
  static final String SETTLED_BY = "Practice Connect (the link works again)";

  /** The notice that the link works again, after it was broken. */
  static BrokenNotice working(Instant since) {
    return new BrokenNotice(
        "Your EMIS link works again",
        "Since "
            + WHEN.format(since)
            + " (UK time) Practice Connect can use your EMIS Web again: appointment reminders"
            + " and online booking have started again by themselves. There is nothing you need to"
            + " do.\n\nThe earlier notice that the link had stopped working is marked as read.");
  }

  static BrokenNotice of(CheckCode failing, String detail, String fix, Instant since) {
    String subject =
        BROKEN_SUBJECT + (failing == null ? "" : " (failed check: " + failing.title() + ")");
    String body =
        "Since "
            + WHEN.format(since)
            + " (UK time) Practice Connect cannot use your EMIS Web, so appointment reminders and"
            + " online booking are paused until it is fixed.\n\n"
            + "The check that failed: "
            + (failing == null ? "see the last connection test" : failing.title())
            + ".\n"
            + "What we found: "
            + (detail == null ? "see the last connection test." : detail)
            + "\n\nWhat to do: "
            + (fix != null
                ? fix
                : failing == null ? Fixes.notAnswering() : Fixes.forCheck(failing, null))
            + "\n\nThen open Troubleshooting and select Run test to check the link again. We will"
            + " write again only if it breaks again after working.";
    return new BrokenNotice(subject, body);
  }
}
