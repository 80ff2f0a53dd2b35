package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Bundle;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.ProviderDateTime;
import uk.practiceconnect.gpconnect.entity.ResourceRef;
import uk.practiceconnect.patient.entity.NhsNumber;

class GpConnectRecordsTest {

  static final GpConnectPatient PATIENT =
      new GpConnectPatient(
          "52",
          new NhsNumber("9434765919"),
          "Mrs",
          "Joanna",
          "Smith",
          LocalDate.of(1981, 7, 14),
          "LS1 6AE",
          "07700 900123");

  static GpConnectAppointment appointment(String status) {
    return AppointmentResources.read(
        FhirExchange.FHIR
            .newJsonParser()
            .parseResource(Appointment.class, CannedFhir.appointment("148", "3", status)));
  }

  @Test
  void aSlotBecomesAFreeEmisSlotOfItsSchedule() {
    GpConnectSlot slot =
        FreeSlots.read(
                FhirExchange.FHIR.newJsonParser().parseResource(Bundle.class, CannedFhir.SLOTS))
            .get(1);
    EmisSlot emis = GpConnectRecords.slot(slot);
    assertEquals("1641", emis.slotId());
    assertEquals("14", emis.sessionId());
    assertEquals(Instant.parse("2026-03-03T10:40:00Z"), emis.start());
    assertEquals(10, emis.durationMinutes(), "10:40:00 to 10:49:59 is a ten-minute slot");
    assertEquals("Asthma review", emis.slotType());
    assertEquals("Dr Amara Osei", emis.clinician());
    assertEquals(EmisSlot.Status.FREE, emis.status());
  }

  @Test
  void aSlotWithoutItsOwnTypeTakesTheSessionsNameOrAPlainOne() {
    ProviderDateTime start = ProviderDateTime.parse("2026-03-03T10:30:00+00:00");
    ProviderDateTime end = ProviderDateTime.parse("2026-03-03T10:45:00+00:00");
    ResourceRef location = new ResourceRef("Location/17", "Riverside Surgery");
    GpConnectSlot session =
        new GpConnectSlot("1", "14", start, end, null, "Morning clinic", null, location, null);
    GpConnectSlot neither =
        new GpConnectSlot("2", "14", start, end, " ", null, null, location, null);
    assertEquals("Morning clinic", GpConnectRecords.slot(session).slotType());
    assertEquals(GpConnectRecords.UNNAMED_SLOT_TYPE, GpConnectRecords.slot(neither).slotType());
    assertNull(GpConnectRecords.slot(neither).clinician());
  }

  @Test
  void anAppointmentBecomesAnEmisAppointmentWithItsPatient() {
    EmisAppointment emis = GpConnectRecords.appointment(appointment("booked"), PATIENT);
    assertEquals("148", emis.appointmentId());
    assertEquals("1640", emis.slotId());
    assertEquals(Instant.parse("2026-03-03T10:30:00Z"), emis.start());
    assertEquals(Instant.parse("2026-03-03T10:40:00Z"), emis.end());
    assertEquals("Asthma review", emis.slotType());
    assertEquals("Dr Amara Osei", emis.clinician());
    assertEquals("Riverside Surgery", emis.site());
    assertEquals(Instant.parse("2026-03-02T09:00:00Z"), emis.bookedAt());
    assertEquals("Prefers a morning call back", emis.reason());
    assertEquals("52", emis.patient().patientId());
  }

  @Test
  void onlyBookedAppointmentsAreListed() {
    List<EmisAppointment> booked =
        GpConnectRecords.booked(List.of(appointment("booked"), appointment("cancelled")), PATIENT);
    assertEquals(1, booked.size());
  }

  @Test
  void aPatientBecomesAnEmisPatientWithoutSmsConsent() {
    EmisPatient emis = GpConnectRecords.patient(PATIENT);
    assertEquals("52", emis.patientId());
    assertEquals("9434765919", emis.nhsNumber().value());
    assertEquals("Joanna", emis.forenames());
    assertEquals("Smith", emis.surname());
    assertEquals(LocalDate.of(1981, 7, 14), emis.dateOfBirth());
    assertEquals("+447700900123", emis.mobileNumber().orElseThrow().value());
    assertFalse(emis.smsConsent(), "GP Connect says nothing of SMS consent");
  }
}
