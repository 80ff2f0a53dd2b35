package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.ResourceType;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/** What the stand-in answers parses back with HAPI as the resources GP Connect defines. */
class FhirAnswersTest {

  @Test
  void theSlotSearchsetHasSlotsSchedulesPractitionersLocationAndOrganization() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    List<DiarySlot> free =
        Diary.slots(Providers.parkside(), day, day).stream().filter(DiarySlot::free).toList();
    Bundle b =
        DiaryResources.freeSlots(
            Providers.parkside(),
            free,
            new DiaryResources.Includes(true, true),
            day.atStartOfDay(Diary.UK).toInstant(),
            day.plusDays(1).atStartOfDay(Diary.UK).toInstant());
    String json = Fhir.encode(b);
    Bundle back = Fhir.parse(Bundle.class, json, SpineError.BAD_REQUEST, "bundle");
    assertEquals(Bundle.BundleType.SEARCHSET, back.getType());
    assertEquals(free.size(), count(back, ResourceType.Slot));
    assertEquals(3, count(back, ResourceType.Schedule));
    assertEquals(3, count(back, ResourceType.Practitioner));
    assertEquals(1, count(back, ResourceType.Location));
    assertEquals(1, count(back, ResourceType.Organization));
    assertTrue(json.contains("\"start\":\"2026-12-07T09:00:00+00:00\""), json.substring(0, 600));
    assertTrue(json.contains("Extension-GPConnect-DeliveryChannel-2"));
    assertTrue(json.contains("\"serviceCategory\":{\"text\":\"GP surgery\"}"));
  }

  @Test
  void aPatientCarriesTheNhsNumberNameBirthDateAndAMobile() {
    Patient p =
        Fhir.parse(
            Patient.class,
            Fhir.encode(
                DirectoryResources.patient(
                    Providers.parkside(), Providers.parkside().patient("1").orElseThrow())),
            SpineError.BAD_REQUEST,
            "patient");
    assertEquals("9990000026", p.getIdentifierFirstRep().getValue());
    assertEquals("Morgan", p.getNameFirstRep().getFamily());
    assertEquals("1990-03-02", p.getBirthDateElement().getValueAsString());
    assertTrue(p.getTelecom().stream().anyMatch(t -> "mobile".equals(t.getUse().toCode())));
  }

  @Test
  void aBookedAppointmentContainsItsBookingOrganisation() {
    Appointment a =
        Fhir.parse(
            Appointment.class,
            Fhir.encode(ChangeRulesTest.current()),
            SpineError.BAD_REQUEST,
            "appointment");
    assertEquals("1", a.getMeta().getVersionId());
    assertTrue(a.getContained().get(0) instanceof Organization);
    assertEquals("Routine GP appointment", a.getServiceTypeFirstRep().getText());
    assertEquals(3, a.getParticipant().size());
  }

  @Test
  void theCapabilityStatementIsGpConnect127OnFhir301() {
    CapabilityStatement cs =
        Fhir.parse(
            CapabilityStatement.class,
            Fhir.encode(Capability.statement()),
            SpineError.BAD_REQUEST,
            "cs");
    assertEquals("1.2.7", cs.getVersion());
    assertEquals("3.0.1", cs.getFhirVersion());
  }

  private static long count(Bundle b, ResourceType type) {
    return b.getEntry().stream().filter(e -> e.getResource().getResourceType() == type).count();
  }
}
