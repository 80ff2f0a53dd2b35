package uk.practiceconnect.gpconnect.entity;

import java.time.Duration;
import java.util.Optional;

/**
 * A free slot as a GP Connect provider lists it, with what its schedule says: the slot type (the
 * practice's name for the kind of appointment, {@code Slot.serviceType.text} since 1.2.7), the
 * schedule type (the session or rota name, {@code Schedule.serviceCategory.text}, when the provider
 * has one), the location where it takes place (always) and the practitioner (when there is one).
 * Everything a booking needs is here, so a slot picked from a list can be booked as it is.
 */
public record GpConnectSlot(
    String slotId,
    String scheduleId,
    ProviderDateTime start,
    ProviderDateTime end,
    String slotType,
    String scheduleType,
    String deliveryChannel,
    ResourceRef location,
    ResourceRef practitioner) {

  public Optional<ResourceRef> practitionerIfAny() {
    return Optional.ofNullable(practitioner);
  }

  public Duration length() {
    return Duration.between(start.instant(), end.instant());
  }
}
