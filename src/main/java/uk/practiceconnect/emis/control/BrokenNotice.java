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

  static BrokenNotice of(CheckCode failing, String detail, String fix, Instant since) {
    String subject =
        "Your EMIS link has stopped working"
            + (failing == null ? "" : " (failed check: " + failing.title() + ")");
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
