package uk.practiceconnect.reminders.boundary;

import uk.practiceconnect.reminders.control.StartAgain;

/** What staff read after starting a patient's reminders again, on the page and in the API. */
final class StartAgainTexts {

  private StartAgainTexts() {}

  static String of(StartAgain.Result r) {
    return switch (r) {
      case STARTED_AGAIN ->
          "Reminders started again for this patient. Their coming appointments get reminders from"
              + " the next planning run.";
      case NOT_STOPPED ->
          "This patient had not stopped reminders at this practice, so nothing changed. Check the"
              + " number, or whether they have a mobile and agreed to texts in EMIS.";
    };
  }
}
