package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.Surname;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.Validation;

/**
 * The patient as EMIS matched them on the first step. Kept on the server for the rest of the
 * journey, so the booking is made for exactly the person who proved who they are, whatever the
 * browser sends later.
 *
 * @param mobile where EMIS says texts may go, or null
 */
record IdentifiedPatient(String nhs, LocalDate dob, String surname, String mobile)
    implements Serializable {

  /** Asks EMIS whether the practice has this patient. */
  @FunctionalInterface
  interface Match {
    EmisPatient verify(NhsNumber nhs, DateOfBirth dob, Surname surname);
  }

  /**
   * Checks what the patient typed (every field at once) and only then asks EMIS.
   *
   * @param invitedNhs the NHS number from the invitation (not asked for then), or null
   * @throws uk.practiceconnect.platform.entity.DomainException what was typed is not valid, or EMIS
   *     did not match it, or could not be asked
   */
  static IdentifiedPatient check(
      PatientForm form, LocalDate today, NhsNumber invitedNhs, Match emis) {
    var v = new Validation();
    NhsNumber nhs =
        invitedNhs != null ? invitedNhs : v.field("nhsNumber", form.getNhsNumber(), NhsNumber::of);
    DateOfBirth dob =
        v.field(
            "dob",
            form.getDobDay(),
            d -> DateOfBirth.of(d, form.getDobMonth(), form.getDobYear(), today));
    Surname surname = v.field("surname", form.getSurname(), Surname::of);
    v.throwIfInvalid();
    EmisPatient patient = emis.verify(nhs, dob, surname);
    return new IdentifiedPatient(
        nhs.value(),
        dob.value(),
        surname.value(),
        BookingService.textTo(patient).map(MobileNumber::value).orElse(null));
  }

  /** A booking of this slot for this patient. */
  BookingRequest request(String slotId, String reason) {
    return new BookingRequest(
        slotId, new NhsNumber(nhs), new DateOfBirth(dob), new Surname(surname), reason);
  }
}
