package uk.practiceconnect.emis.entity;

import java.util.List;

/**
 * The EMIS set-up, step by step, as the EMIS help page for partner integrations lists it, and the
 * connection test checks that show whether each step is done.
 */
public enum SetUpStep {
  ADD_USER(
      "In EMIS",
      "Add an EMIS user for Practice Connect",
      "In EMIS Web, add a new user just for Practice Connect (we suggest the username"
          + " practiceconnect) with a long random password, and note both down. For its RBAC role"
          + " choose Clinical Practitioner Access Role and make sure Default is ticked.",
      List.of(CheckCode.CREDENTIALS_VALID, CheckCode.RBAC_ROLE)),
  EDIT_USERS(
      "In EMIS",
      "Give the user the same password under Edit Users",
      "Go to EMAS Manager › Partner API, find Practice Connect in the list and select Edit Users."
          + " Find the user you added, give it the same password it has in EMIS, and select OK.",
      List.of(CheckCode.PARTNER_PASSWORD_MATCHES)),
  LOGIN_ACCESS(
      "In EMIS",
      "Tick Allow Login and Auto Login",
      "Still in EMAS Manager › Partner API, select Login Access, find the user and tick both Auto"
          + " Login and Allow Login. Select OK.",
      List.of(CheckCode.LOGIN_ALLOWED, CheckCode.AUTO_LOGIN)),
  REACTIVATE(
      "In EMIS",
      "Deactivate Practice Connect, then activate it again",
      "Select Practice Connect in the Partner API list (it has a green tick), select Deactivate"
          + " Application, then Activate Application. This resets Practice Connect and re-activates"
          + " every API call, including any that had become deactivated.",
      List.of(CheckCode.APPLICATION_ACTIVE, CheckCode.API_CALLS_ACTIVE)),
  ORGANISATION_ID(
      "In Practice Connect",
      "Enter your EMIS Organisation ID",
      "On the Feature settings page, enter your EMIS Organisation ID (the CDB number in your"
          + " organisation's details in EMIS Web) and select Update EMIS Organisation ID.",
      List.of(CheckCode.SETTINGS_COMPLETE, CheckCode.ORGANISATION_FOUND)),
  API_USER(
      "In Practice Connect",
      "Enter the EMIS API user",
      "On the Feature settings page, enter the username and password of the user you added and"
          + " select Update EMIS API user details.",
      List.of(CheckCode.SETTINGS_COMPLETE, CheckCode.CREDENTIALS_VALID)),
  LOG_OUT_AND_IN(
      "In EMIS",
      "Log out of EMIS and back in after Login Access changes",
      "A change under Login Access takes effect only after the user logs out of EMIS and logs back"
          + " in. Practice Connect's test always logs on afresh, so it sees the change at once:"
          + " this step is for people signed in to EMIS, and no test result depends on it.",
      List.of());

  private final String where;
  private final String title;
  private final String instructions;
  private final List<CheckCode> shownBy;

  SetUpStep(String where, String title, String instructions, List<CheckCode> shownBy) {
    this.where = where;
    this.title = title;
    this.instructions = instructions;
    this.shownBy = shownBy;
  }

  public String where() {
    return where;
  }

  public String title() {
    return title;
  }

  public String instructions() {
    return instructions;
  }

  /** The checks that pass when this step is done; none for advice no test can prove. */
  public List<CheckCode> shownBy() {
    return shownBy;
  }
}
