package uk.practiceconnect.gpconnect.control;

import static uk.practiceconnect.emis.entity.PartnerOutcome.ACCESS_REFUSED;
import static uk.practiceconnect.emis.entity.PartnerOutcome.BAD_REQUEST;
import static uk.practiceconnect.emis.entity.PartnerOutcome.CHANGED_ELSEWHERE;
import static uk.practiceconnect.emis.entity.PartnerOutcome.INTERNAL_ERROR;
import static uk.practiceconnect.emis.entity.PartnerOutcome.NOT_FOUND;
import static uk.practiceconnect.emis.entity.PartnerOutcome.NOT_SUPPORTED;
import static uk.practiceconnect.emis.entity.PartnerOutcome.ORGANISATION_NOT_FOUND;
import static uk.practiceconnect.emis.entity.PartnerOutcome.PATIENT_NOT_MATCHED;
import static uk.practiceconnect.emis.entity.PartnerOutcome.RATE_LIMITED;
import static uk.practiceconnect.emis.entity.PartnerOutcome.SLOT_NOT_FREE;
import static uk.practiceconnect.emis.entity.PartnerOutcome.TIMEOUT;
import static uk.practiceconnect.emis.entity.PartnerOutcome.UNREACHABLE;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

/**
 * Turns a provider's refusal (an HTTP status and, in its {@code OperationOutcome}, a code of
 * Spine-ErrorOrWarningCode-1) or a call that got no answer into the one error vocabulary: a {@link
 * PartnerException} with the {@link PartnerOutcome} booking already understands. The exception
 * quotes the status and code only: a provider's diagnostics may name the patient.
 */
final class ProviderFailures {

  private ProviderFailures() {}

  /** The provider (or Spine's proxy on its way) answered with a status that is not 2xx. */
  static PartnerException answered(int status, Optional<String> code, Interaction interaction) {
    PartnerOutcome outcome =
        code.flatMap(ProviderFailures::byCode).orElse(byStatus(status, interaction));
    String said = "HTTP " + status + code.map(c -> " " + c).orElse("");
    if (interaction.changesTheBook() && status == 504) {
      // Spine's proxy gave up waiting for the provider: the change may have been made there.
      return PartnerException.gpConnectUnknownOutcome(TIMEOUT, said);
    }
    return PartnerException.gpConnect(outcome, said);
  }

  /** No answer: refused connections and failed TLS handshakes never carried the request. */
  static PartnerException noAnswer(IOException e, Interaction interaction) {
    if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
      return PartnerException.gpConnect(UNREACHABLE, "the provider could not be reached");
    }
    if (e instanceof SSLException) {
      return PartnerException.gpConnect(
          ACCESS_REFUSED, "the TLS handshake failed (certificates or trust store)");
    }
    PartnerOutcome outcome = e instanceof HttpTimeoutException ? TIMEOUT : UNREACHABLE;
    String what =
        outcome == TIMEOUT ? "no answer within the time allowed" : "the connection failed";
    return interaction.changesTheBook()
        ? PartnerException.gpConnectUnknownOutcome(outcome, what)
        : PartnerException.gpConnect(outcome, what);
  }

  /** A success whose body could not be read: after a booking, the appointment may exist. */
  static PartnerException unreadable(Interaction interaction) {
    String what = "the answer could not be read as FHIR";
    return interaction.changesTheBook()
        ? PartnerException.gpConnectUnknownOutcome(INTERNAL_ERROR, what)
        : PartnerException.gpConnect(INTERNAL_ERROR, what);
  }

  static Optional<PartnerOutcome> byCode(String code) {
    return Optional.ofNullable(
        switch (code) {
          case "DUPLICATE_REJECTED" -> SLOT_NOT_FREE;
          case "PATIENT_NOT_FOUND" -> PATIENT_NOT_MATCHED;
          case "NO_RECORD_FOUND", "REFERENCE_NOT_FOUND", "PRACTITIONER_NOT_FOUND" -> NOT_FOUND;
          case "ORGANISATION_NOT_FOUND" -> ORGANISATION_NOT_FOUND;
          case "BAD_REQUEST",
              "INVALID_PARAMETER",
              "INVALID_RESOURCE",
              "INVALID_NHS_NUMBER",
              "INVALID_IDENTIFIER_SYSTEM",
              "INVALID_IDENTIFIER_VALUE",
              "INVALID_PATIENT_DEMOGRAPHICS",
              "INVALID_ODS_CODE",
              "NO_PATIENT_CONSENT",
              "NON_AUTHORITATIVE" ->
              BAD_REQUEST;
          case "ACCESS DENIED", "ACCESS_DENIED", "INVALID_ASID", "UNAUTHORISED" -> ACCESS_REFUSED;
          case "NOT_IMPLEMENTED" -> NOT_SUPPORTED;
          case "INTERNAL_SERVER_ERROR" -> INTERNAL_ERROR;
          default -> null;
        });
  }

  static PartnerOutcome byStatus(int status, Interaction interaction) {
    return switch (status) {
      case 400, 422 -> BAD_REQUEST;
      case 401, 403 -> ACCESS_REFUSED;
      case 404 -> NOT_FOUND;
      case 405, 406, 415, 501 -> NOT_SUPPORTED;
      case 409 -> interaction == Interaction.CREATE_APPOINTMENT ? SLOT_NOT_FREE : CHANGED_ELSEWHERE;
      case 412 -> CHANGED_ELSEWHERE;
      case 429 -> RATE_LIMITED;
      case 504 -> TIMEOUT;
      default -> INTERNAL_ERROR;
    };
  }
}
