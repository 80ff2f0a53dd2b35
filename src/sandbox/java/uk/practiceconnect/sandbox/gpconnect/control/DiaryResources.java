package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Schedule;
import org.hl7.fhir.dstu3.model.Slot;
import uk.practiceconnect.sandbox.gpconnect.entity.Clinician;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySchedule;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;

/**
 * The answer to "search for free slots": a searchset Bundle of the free Slots, the Schedules they
 * belong to, and (when asked for with {@code _include:recurse}) their Practitioners and Location;
 * the Organization managing the Location is always there when there are slots, as GP Connect 1.2.x
 * requires. Slots carry the practice's slot type ({@code serviceType.text}) and schedules its
 * session name ({@code serviceCategory.text}), as 1.2.7 added.
 */
public final class DiaryResources {

  /** What the consumer asked to include besides the schedules. */
  public record Includes(boolean practitioners, boolean locations) {}

  private DiaryResources() {}

  public static Bundle freeSlots(
      Provider provider, List<DiarySlot> slots, Includes includes, Instant from, Instant to) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    Map<String, DiarySchedule> schedules = new LinkedHashMap<>();
    for (DiarySlot slot : slots) {
      add(bundle, slot(slot));
      schedules.putIfAbsent(slot.schedule().id(), slot.schedule());
    }
    for (DiarySchedule schedule : schedules.values()) {
      add(bundle, schedule(provider, schedule, from, to));
    }
    if (includes.practitioners()) {
      schedules.values().stream()
          .map(DiarySchedule::clinicianId)
          .distinct()
          .map(id -> provider.clinician(id).orElseThrow())
          .forEach(c -> add(bundle, DirectoryResources.practitioner(c)));
    }
    if (!slots.isEmpty()) {
      if (includes.locations()) {
        add(bundle, DirectoryResources.location(provider));
      }
      add(bundle, DirectoryResources.organization(provider));
    }
    bundle.setTotal(slots.size());
    return bundle;
  }

  public static Slot slot(DiarySlot s) {
    Slot slot = new Slot();
    slot.setId(s.id().value());
    slot.getMeta().setVersionId(DirectoryResources.VERSION).addProfile(Profiles.SLOT);
    slot.addExtension(
        new Extension(Profiles.EXT_DELIVERY_CHANNEL, new CodeType(s.schedule().deliveryChannel())));
    slot.addServiceType(new CodeableConcept().setText(s.schedule().slotType()));
    slot.setSchedule(new Reference("Schedule/" + s.schedule().id()));
    slot.setStatus(s.free() ? Slot.SlotStatus.FREE : Slot.SlotStatus.BUSY);
    slot.setStartElement(FhirTime.instant(s.start()));
    slot.setEndElement(FhirTime.instant(s.end()));
    return slot;
  }

  public static Schedule schedule(Provider provider, DiarySchedule s, Instant from, Instant to) {
    Clinician clinician = provider.clinician(s.clinicianId()).orElseThrow();
    Schedule schedule = new Schedule();
    schedule.setId(s.id());
    schedule.getMeta().setVersionId(DirectoryResources.VERSION).addProfile(Profiles.SCHEDULE);
    schedule.addExtension(
        new Extension(Profiles.EXT_PRACTITIONER_ROLE, DirectoryResources.role(clinician)));
    schedule.setServiceCategory(new CodeableConcept().setText(s.sessionName()));
    schedule.addActor(
        new Reference("Location/" + Provider.LOCATION_ID).setDisplay(provider.name()));
    schedule.addActor(
        new Reference("Practitioner/" + clinician.id()).setDisplay(clinician.displayName()));
    schedule.setPlanningHorizon(
        new Period().setStartElement(FhirTime.dateTime(from)).setEndElement(FhirTime.dateTime(to)));
    return schedule;
  }

  /** The include parameters GP Connect defines for the slot search (all optional but the first). */
  public static final Set<String> KNOWN_INCLUDES =
      Set.of(
          "Schedule:actor:Practitioner",
          "Schedule:actor:Location",
          "Location:managingOrganization");

  private static void add(Bundle bundle, Resource resource) {
    bundle.addEntry().setResource(resource);
  }
}
