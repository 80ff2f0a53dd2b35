package uk.practiceconnect.gpconnect.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Schedule;
import org.hl7.fhir.dstu3.model.Slot;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.ProviderDateTime;
import uk.practiceconnect.gpconnect.entity.ResourceRef;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * Search for free slots (1.2.7): the query the specification asks for, and the searchset {@code
 * Bundle} read back into slots that each know their schedule, location and practitioner.
 */
final class FreeSlots {

  /** The specification's longest search: two weeks. */
  static final Duration LONGEST_SEARCH = Duration.ofDays(14);

  static final String ORGANISATION_TYPE_SYSTEM =
      "https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1";
  static final String DELIVERY_CHANNEL =
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2";

  private FreeSlots() {}

  /**
   * {@code start=ge} and {@code end=le} in UK local time, only free slots, the slots' schedules
   * and, through them, practitioners, locations and the locations' organisation; the search filter
   * names the booking organisation (us) by ODS code and organisation type, as slot availability is
   * set per booking organisation.
   */
  static String query(Instant from, Instant to, ConsumerIdentity.Organisation bookingOrganisation) {
    if (!to.isAfter(from)) {
      throw new InvalidValueException("The end of a slot search must be after its start");
    }
    if (Duration.between(from, to).compareTo(LONGEST_SEARCH) > 0) {
      throw new InvalidValueException("GP Connect searches for free slots two weeks at a time");
    }
    return Query.of("Slot")
        .add("status", "free")
        .add("start", "ge" + ProviderDateTime.ofInstant(from).wire())
        .add("end", "le" + ProviderDateTime.ofInstant(to).wire())
        .add("_include", "Slot:schedule")
        .add("_include:recurse", "Schedule:actor:Practitioner")
        .add("_include:recurse", "Schedule:actor:Location")
        .add("_include:recurse", "Location:managingOrganization")
        .add("searchFilter", AccessToken.ODS_SYSTEM + "|" + bookingOrganisation.odsCode())
        .add("searchFilter", ORGANISATION_TYPE_SYSTEM + "|" + bookingOrganisation.type())
        .toString();
  }

  /**
   * The free slots of the bundle, earliest first. A slot whose schedule or location is not in the
   * bundle is left out: it could not be booked (a booking must name its location).
   */
  static List<GpConnectSlot> read(Bundle bundle) {
    Map<String, Resource> byReference = new HashMap<>();
    List<Slot> slots = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      if (resource == null) {
        continue;
      }
      byReference.put(key(resource), resource);
      if (resource instanceof Slot slot) {
        slots.add(slot);
      }
    }
    List<GpConnectSlot> result = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot.getStatus() != Slot.SlotStatus.FREE) {
        continue;
      }
      resolve(slot, byReference).ifPresent(result::add);
    }
    result.sort(Comparator.comparing(s -> s.start().instant()));
    return result;
  }

  private static Optional<GpConnectSlot> resolve(Slot slot, Map<String, Resource> byReference) {
    if (!(byReference.get(key(slot.getSchedule())) instanceof Schedule schedule)) {
      return Optional.empty();
    }
    ResourceRef location = null;
    ResourceRef practitioner = null;
    for (Reference actor : schedule.getActor()) {
      Resource found = byReference.get(key(actor));
      String type = actor.getReferenceElement().getResourceType();
      if ("Location".equals(type) && location == null) {
        String name = found instanceof Location l ? l.getName() : actor.getDisplay();
        location = new ResourceRef(key(actor), name);
      } else if ("Practitioner".equals(type) && practitioner == null) {
        practitioner = new ResourceRef(key(actor), FhirText.personName(found, actor));
      }
    }
    if (location == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GpConnectSlot(
            slot.getIdElement().getIdPart(),
            schedule.getIdElement().getIdPart(),
            ProviderDateTime.parse(slot.getStartElement().getValueAsString()),
            ProviderDateTime.parse(slot.getEndElement().getValueAsString()),
            FhirText.firstText(slot.getServiceType()),
            FhirText.text(schedule.getServiceCategory()),
            FhirText.extensionCode(slot, DELIVERY_CHANNEL),
            location,
            practitioner));
  }

  static String key(Resource resource) {
    return resource.getResourceType().name() + "/" + resource.getIdElement().getIdPart();
  }

  static String key(Reference reference) {
    return reference.getReferenceElement().getResourceType()
        + "/"
        + reference.getReferenceElement().getIdPart();
  }
}
