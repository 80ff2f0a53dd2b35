package uk.practiceconnect.sandbox.emis.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The partner API's operations, named after the legacy EMIS calls. The names are what faults and
 * EMAS Manager's per-call deactivation refer to.
 */
public enum PartnerCall {
  LOGON("Logon", false),
  LOGOUT("Logout", false),
  GET_APPOINTMENT_SESSIONS("GetAppointmentSessions", true),
  GET_SLOTS_FOR_SESSION("GetSlotsForSession", true),
  GET_SLOTS("GetSlots", true),
  GET_BOOKED_APPOINTMENTS("GetBookedAppointments", true),
  GET_PATIENT_APPOINTMENTS("GetPatientAppointments", true),
  GET_MATCHED_PATIENT("GetMatchedPatient", true),
  BOOK_APPOINTMENT("BookAppointment", true),
  SET_APPOINTMENT_STATUS("SetAppointmentStatus", true);

  private final String callName;
  private final boolean deactivatable;

  PartnerCall(String callName, boolean deactivatable) {
    this.callName = callName;
    this.deactivatable = deactivatable;
  }

  public String callName() {
    return callName;
  }

  /** Logon and Logout are not listed among the calls EMAS Manager can switch off one by one. */
  public boolean deactivatable() {
    return deactivatable;
  }

  public static Optional<PartnerCall> named(String name) {
    return Arrays.stream(values()).filter(c -> c.callName.equalsIgnoreCase(name)).findFirst();
  }

  public static List<PartnerCall> deactivatableCalls() {
    return Arrays.stream(values()).filter(PartnerCall::deactivatable).toList();
  }
}
