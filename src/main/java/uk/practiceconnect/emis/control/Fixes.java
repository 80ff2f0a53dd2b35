package uk.practiceconnect.emis.control;

import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.PartnerOutcome;

/**
 * What to do about each failed check, in the practice manager's words, with the EMIS menu path from
 * the EMIS help page. One place, so the connection test, the troubleshooting page and the inbox
 * notice all say the same thing.
 */
public final class Fixes {

  /** Where EMIS Web keeps its users and their roles. */
  static final String USERS_PATH =
      "EMIS Ball › Configuration › Organisation Configuration › Users (the Users tab)";

  /** Where every Partner API setting lives in EMIS Web. */
  public static final String EMAS_PATH =
      "EMIS Ball › System Tools › EMAS Manager › Partner API tab (bottom left of the screen) ›"
          + " select Practice Connect in the list on the left (it has a green tick next to it)";

  static final String LOG_OUT_AND_IN =
      " The API user must then log out of EMIS and log back in for the change to take effect.";

  private Fixes() {}

  public static String forCheck(CheckCode code, PartnerOutcome seen) {
    return switch (code) {
      case SETTINGS_COMPLETE ->
          "On the Feature settings page, enter your EMIS Organisation ID (the CDB number in your"
              + " organisation's details in EMIS Web) and select Update EMIS Organisation ID. Then"
              + " enter the username and password of the EMIS API user and select Update EMIS API"
              + " user details.";
      case ORGANISATION_FOUND ->
          "Check the EMIS Organisation ID on the Feature settings page: it is the CDB number in"
              + " your organisation's details in EMIS Web, digits only. Correct it and select"
              + " Update EMIS Organisation ID.";
      case CREDENTIALS_VALID ->
          seen == PartnerOutcome.USER_DISABLED
              ? "In EMIS Web's user set-up, make sure the API user is enabled, has no contract end"
                  + " date in the past, and is not set to change password at next sign-in. Use this"
                  + " user for Practice Connect only: not for another supplier's integration."
              : "Check that the user exists in EMIS Web and that the username on the Feature settings"
                  + " page is spelt exactly as in EMIS. Enter the user's current EMIS password again"
                  + " and select Update EMIS API user details. If you changed the password in EMIS,"
                  + " also give the same password under "
                  + EMAS_PATH
                  + " › Edit Users.";
      case PARTNER_PASSWORD_MATCHES ->
          EMAS_PATH
              + " › Edit Users: find the API user, give it the same password it has in EMIS and"
              + " select OK. Then select Login Access and check that both Allow Login and Auto"
              + " Login are ticked for the user.";
      case RBAC_ROLE ->
          seen == PartnerOutcome.RBAC_ROLE_NOT_DEFAULT
              ? USERS_PATH
                  + ": open the API user, find its Clinical Practitioner Access Role under RBAC"
                  + " roles and tick Default for it. Then run the test again."
              : USERS_PATH
                  + ": open the API user, add the RBAC role Clinical Practitioner Access Role and"
                  + " tick Default for it. Then run the test again.";
      case APPLICATION_ACTIVE ->
          EMAS_PATH
              + " › Activate Application (top left). If it already looks active, select Deactivate"
              + " Application and then Activate Application.";
      case LOGIN_ALLOWED ->
          EMAS_PATH
              + " › Login Access (along the top): scroll to the API user, tick Allow Login (and"
              + " Auto Login) and select OK."
              + LOG_OUT_AND_IN;
      case AUTO_LOGIN ->
          EMAS_PATH
              + " › Login Access (along the top): scroll to the API user, tick Auto Login (and"
              + " Allow Login) and select OK."
              + LOG_OUT_AND_IN;
      case API_CALLS_ACTIVE ->
          seen == PartnerOutcome.APPLICATION_DEACTIVATED
              ? forCheck(CheckCode.APPLICATION_ACTIVE, seen)
              : EMAS_PATH
                  + " › Deactivate Application (top left), then Activate Application. This resets"
                  + " Practice Connect and re-activates every API call that had become deactivated.";
      case GPC_SETTINGS_COMPLETE ->
          "On the Feature settings page, under GP Connect, enter the provider's endpoint address,"
              + " its ASID and your practice's ODS code at the provider, then select Save GP"
              + " Connect settings. Your GP system supplier or the Spine Directory Service entry"
              + " for your practice gives all three.";
      case GPC_ENDPOINT_REACHABLE ->
          "Check the endpoint address and the provider's ASID on the Feature settings page against"
              + " the Spine Directory Service entry for your practice (a provider refuses calls"
              + " addressed to another ASID). If both are right, the provider may be down or may not"
              + " trust our certificate: contact Practice Connect support and quote this result.";
      case GPC_CAPABILITY ->
          "The address answers, but not as a GP Connect 1.2 Appointment Management endpoint. Check"
              + " that the endpoint is the one listed for Appointment Management (not Access Record)"
              + " and ask your GP system supplier whether appointment management is switched on.";
      case GPC_ORGANISATION_FOUND ->
          "Check the ODS code at the provider on the Feature settings page: it is your practice's"
              + " own ODS code as your GP system knows it, for example A81003.";
      case GPC_SLOT_SEARCH_ALLOWED ->
          "In your GP system, mark the sessions or slot types patients may book as available to"
              + " other organisations through GP Connect (and check the booking window), then run"
              + " the test again. Your GP system supplier's guide to GP Connect appointment"
              + " management says where.";
      case GPC_PATIENT_SEARCH_ALLOWED ->
          "Your GP system refused to find patients for Practice Connect. Check with your GP system"
              + " supplier that Practice Connect's ASID is allowed to use GP Connect at your"
              + " practice (a data sharing agreement may need enabling).";
    };
  }

  /** EMIS did not answer: nothing to change on the practice's side. */
  public static String notAnswering() {
    return "Nothing needs changing in EMIS for this: it is usually temporary. Run the test again"
        + " in a few minutes. If it keeps failing, contact Practice Connect support and quote this"
        + " result.";
  }
}
