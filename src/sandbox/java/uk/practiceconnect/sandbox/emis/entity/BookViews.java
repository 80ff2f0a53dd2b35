package uk.practiceconnect.sandbox.emis.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The appointment book as the partner API answers with it: sessions, slots, appointments. */
public final class BookViews {

  private BookViews() {}

  public record SessionView(
      String sessionId,
      LocalDate date,
      Instant start,
      Instant end,
      String site,
      String clinician,
      int slotLengthMinutes,
      List<SlotTypeCount> slotTypes) {}

  public record SlotTypeCount(
      String slotType, int total, int available, int booked, int blocked, int embargoed) {}

  public record SlotView(
      String slotId,
      String sessionId,
      Instant start,
      Instant end,
      int durationMinutes,
      String slotType,
      String clinician,
      SlotStatus status) {

    public static SlotView of(Slot s) {
      return new SlotView(
          String.valueOf(s.id()),
          String.valueOf(s.session().id()),
          s.start(),
          s.end(),
          s.durationMinutes(),
          s.slotType().name(),
          s.session().clinician().displayName(),
          s.status());
    }
  }

  public record PatientView(
      String patientId,
      String nhsNumber,
      String title,
      String forenames,
      String surname,
      LocalDate dateOfBirth,
      String postcode,
      String mobile,
      boolean smsConsent) {

    public static PatientView of(Patient p) {
      PatientDetails d = p.details();
      return new PatientView(
          String.valueOf(p.id()),
          p.nhsNumber().value(),
          d.title(),
          d.forenames(),
          d.surname(),
          d.dateOfBirth(),
          d.postcode(),
          d.mobile(),
          d.smsConsent());
    }
  }

  /** {@code cancelledAt} is null (and left out of the JSON) while the appointment is booked. */
  public record AppointmentView(
      String appointmentId,
      String slotId,
      Instant start,
      Instant end,
      int durationMinutes,
      String slotType,
      String clinician,
      String site,
      AppointmentStatus status,
      Instant bookedAt,
      String reason,
      Instant cancelledAt,
      PatientView patient) {

    public static AppointmentView of(Appointment a) {
      Slot s = a.slot();
      return new AppointmentView(
          String.valueOf(a.id()),
          String.valueOf(s.id()),
          s.start(),
          s.end(),
          s.durationMinutes(),
          s.slotType().name(),
          s.session().clinician().displayName(),
          s.session().site(),
          a.status(),
          a.bookedAt(),
          a.reason(),
          a.cancelledAt(),
          PatientView.of(a.patient()));
    }
  }
}
