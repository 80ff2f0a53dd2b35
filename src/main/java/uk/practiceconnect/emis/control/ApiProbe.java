package uk.practiceconnect.emis.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.UkTime;

/**
 * Tries each API call the features use (the {@link PartnerApi} methods) without changing anything:
 * reads over a short range, a patient match that cannot match, and the two changes on id "0", which
 * EMIS answers with "not found" (15) while the call is active and 11 when it is deactivated
 * (docs/emis-partner-api.md). GetSlotsForSession is not probed: no feature uses it.
 */
enum ApiProbe {
  GET_APPOINTMENT_SESSIONS("GetAppointmentSessions") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
      calls.slotTypes(token, today, today);
    }
  },
  GET_SLOTS("GetSlots") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.slots(token, now, now.plus(WINDOW), null, true);
    }
  },
  GET_BOOKED_APPOINTMENTS("GetBookedAppointments") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.bookedAppointments(token, now, now.plus(WINDOW));
    }
  },
  GET_PATIENT_APPOINTMENTS("GetPatientAppointments") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.patientAppointments(token, NOBODY, now);
    }
  },
  GET_MATCHED_PATIENT("GetMatchedPatient") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.matchPatient(token, NOBODY, NOBODY_BORN, NOBODY_SURNAME);
    }
  },
  BOOK_APPOINTMENT("BookAppointment") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.probeBook(token, NO_SUCH_ID, NOBODY);
    }
  },
  SET_APPOINTMENT_STATUS("SetAppointmentStatus") {
    @Override
    void call(PartnerCalls calls, String token, Instant now) {
      calls.cancel(token, NO_SUCH_ID, null);
    }
  };

  /** A 999 test-range NHS number (never issued to anyone). */
  static final NhsNumber NOBODY = NhsNumber.of("9990000018");

  static final LocalDate NOBODY_BORN = LocalDate.of(1900, 1, 1);
  static final String NOBODY_SURNAME = "Connection Test";
  static final String NO_SUCH_ID = "0";
  static final Duration WINDOW = Duration.ofHours(1);

  private final String callName;

  ApiProbe(String callName) {
    this.callName = callName;
  }

  String callName() {
    return callName;
  }

  abstract void call(PartnerCalls calls, String token, Instant now);

  /** Active unless EMIS refused the call or did not answer; "not found" means it ran. */
  CheckSequence.ProbeResult run(PartnerCalls calls, String token, Instant now) {
    try {
      call(calls, token, now);
      return CheckSequence.ProbeResult.active(callName);
    } catch (PartnerException e) {
      return CheckSequence.ProbeResult.of(callName, e);
    } catch (RuntimeException e) {
      return CheckSequence.ProbeResult.of(callName, PartnerFailures.of(e));
    }
  }
}
