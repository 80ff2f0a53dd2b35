package uk.practiceconnect.booking.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingSettingsView;
import uk.practiceconnect.emis.entity.EmisSlot;

/** The JSON shapes of the booking API. Patients appear only masked. */
final class BookingJson {

  private BookingJson() {}

  @JsonbNillable
  public record Slot(
      String slotId,
      Instant start,
      Instant end,
      int durationMinutes,
      String slotType,
      String clinician) {

    static Slot of(EmisSlot s, boolean showClinician) {
      return new Slot(
          s.slotId(),
          s.start(),
          s.end(),
          s.durationMinutes(),
          s.slotType(),
          showClinician ? s.clinician() : null);
    }
  }

  public record Patient(String nhsNumber) {}

  @JsonbNillable
  public record BookingOut(
      String bookingId,
      String status,
      String channel,
      Slot slot,
      Patient patient,
      String reason,
      String emisAppointmentId,
      Instant bookedAt,
      String bookedBy,
      Instant cancelledAt,
      String cancelledBy,
      String cancelChannel,
      Instant movedTo,
      boolean slotHeld) {

    static BookingOut of(Booking b) {
      long minutes = java.time.Duration.between(b.slotStart(), b.slotEnd()).toMinutes();
      return new BookingOut(
          b.bookingRef(),
          b.status().name(),
          b.channel().name(),
          new Slot(
              b.slotId(), b.slotStart(), b.slotEnd(), (int) minutes, b.slotType(), b.clinician()),
          new Patient(b.nhsNumber().masked()),
          b.reason(),
          b.appointmentId().orElse(null),
          b.createdAt(),
          b.actor(),
          b.cancelledAt(),
          b.cancelledBy(),
          b.cancelChannel().map(Enum::name).orElse(null),
          b.movedTo().orElse(null),
          b.holdsClaim());
    }
  }

  /** POST body. Strings, so that every bad value gets a field message rather than a 400. */
  public record BookingIn(
      String slotId, String nhsNumber, String dateOfBirth, String surname, String reason) {
    @Override
    public String toString() {
      return "BookingIn[slotId=" + slotId + ", personal details hidden]";
    }
  }

  public record SlotTypeJson(
      String name, boolean bookable, List<String> clinicians, List<String> knownClinicians) {}

  @JsonbNillable
  public record SettingsJson(
      boolean enabled,
      boolean openBooking,
      Integer weeksAhead,
      Integer minimumNoticeMinutes,
      Integer maxFutureBookings,
      Integer cancelCutoffMinutes,
      boolean showClinician,
      List<SlotTypeJson> slotTypes,
      Instant updatedAt,
      String updatedBy) {

    static SettingsJson of(BookingSettingsView v) {
      var r = v.rule();
      return new SettingsJson(
          r.enabled(),
          r.openBooking(),
          r.weeksAhead(),
          (int) r.minimumNotice().toMinutes(),
          r.maxFutureBookings(),
          (int) r.cancelCutoff().toMinutes(),
          r.showClinician(),
          v.slotTypes().stream()
              .map(
                  t ->
                      new SlotTypeJson(
                          t.name(), t.bookable(), t.allowedClinicians(), t.knownClinicians()))
              .toList(),
          v.updatedAt(),
          v.updatedBy());
    }
  }
}
