package uk.practiceconnect.booking.entity;

import java.util.Map;
import java.util.Set;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.SlotType;

/**
 * Which slots a booking may use: slot types, each with the clinicians allowed (an empty set means
 * any clinician). For open booking it comes from the practice's settings; for an invitation, from
 * the invitation.
 */
public record SlotScope(Map<SlotType, Set<String>> clinicians) {

  public SlotScope {
    clinicians = Map.copyOf(clinicians);
  }

  public static SlotScope of(SlotType type, Set<String> clinicians) {
    return new SlotScope(Map.of(type, Set.copyOf(clinicians)));
  }

  public boolean isEmpty() {
    return clinicians.isEmpty();
  }

  public boolean allowsType(String slotType) {
    return clinicians.keySet().stream().anyMatch(t -> t.matches(slotType));
  }

  public boolean allows(EmisSlot slot) {
    return clinicians.entrySet().stream()
        .anyMatch(
            e ->
                e.getKey().matches(slot.slotType())
                    && (e.getValue().isEmpty() || e.getValue().contains(slot.clinician())));
  }
}
