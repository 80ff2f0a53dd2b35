package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.ReminderSlotType;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;

/**
 * A practice's slot types for reminders: read from EMIS on request (the page's Update button) and
 * noticed by planning in the appointments it reads. A type EMIS adds starts with reminders on.
 */
@ApplicationScoped
public class SlotTypes {

  /** The actor in the audit trail for types planning found by itself. */
  public static final Caller PLANNER =
      new Caller("reminder-planner", Caller.Kind.PLATFORM_ADMIN, null, true);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public List<ReminderSlotType> of(Long practiceId) {
    return em.createNamedQuery(ReminderSlotType.OF_PRACTICE, ReminderSlotType.class)
        .setParameter("practice", practiceId)
        .getResultList();
  }

  public List<SlotTypeSwitch> switches(Long practiceId) {
    return of(practiceId).stream()
        .map(t -> new SlotTypeSwitch(t.type().value(), t.enabled(), t.seenInEmisAt().orElse(null)))
        .toList();
  }

  /** The types with reminders off, for planning. */
  public Set<SlotType> switchedOff(Long practiceId) {
    return of(practiceId).stream()
        .filter(t -> !t.enabled())
        .map(ReminderSlotType::type)
        .collect(Collectors.toSet());
  }

  /** Stores the slot types EMIS listed (read by the caller outside any transaction). */
  @Transactional
  public List<SlotTypeSwitch> storeFromEmis(Caller caller, Practice practice, List<String> names) {
    List<String> added = add(practice.id(), names, clock.instant());
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "REMINDER_SLOT_TYPES_UPDATED",
        "slotTypes",
        names.size()
            + " slot types in EMIS"
            + (added.isEmpty()
                ? ", none new"
                : "; new, with reminders on: " + String.join(", ", added)));
    return switches(practice.id());
  }

  /** Types planning saw in appointments that the practice does not have yet: added, switched on. */
  @Transactional(TxType.MANDATORY)
  public List<String> noticeInAppointments(
      Practice practice, Collection<String> seen, Instant now) {
    List<String> added = add(practice.id(), seen, now);
    if (!added.isEmpty()) {
      audit.record(
          PLANNER,
          practice.id(),
          practice.odsCode().value(),
          "REMINDER_SLOT_TYPES_FOUND",
          "slotTypes",
          "Found in EMIS appointments, reminders on: " + String.join(", ", added));
    }
    return added;
  }

  private List<String> add(Long practiceId, Collection<String> names, Instant now) {
    Set<SlotType> known = new TreeSet<>();
    List<ReminderSlotType> existing = of(practiceId);
    existing.forEach(t -> known.add(t.type()));
    List<String> added = new ArrayList<>();
    for (String raw : new TreeSet<>(names)) {
      SlotType type = SlotType.fromEmis(raw);
      if (known.add(type)) {
        em.persist(new ReminderSlotType(practiceId, type, true, now));
        added.add(type.value());
      } else {
        existing.stream()
            .filter(t -> t.type().equals(type))
            .findFirst()
            .ifPresent(t -> t.seenInEmis(now));
      }
    }
    return added;
  }

  /**
   * Applies switches from the settings page or API; a type not known yet is added. Returns the
   * audit lines for what changed.
   */
  @Transactional(TxType.MANDATORY)
  public List<String> apply(Long practiceId, List<SlotTypeSwitch> switches) {
    List<String> changes = new ArrayList<>();
    List<ReminderSlotType> existing = of(practiceId);
    for (SlotTypeSwitch s : switches) {
      SlotType type = SlotType.of(s.name());
      ReminderSlotType t =
          existing.stream().filter(e -> e.type().equals(type)).findFirst().orElse(null);
      if (t == null) {
        t = new ReminderSlotType(practiceId, type, s.enabled(), null);
        em.persist(t);
        existing.add(t);
        changes.add(type.value() + " added, reminders " + (s.enabled() ? "on" : "off"));
      } else if (t.enabled() != s.enabled()) {
        t.switchTo(s.enabled());
        changes.add(type.value() + ": reminders " + (s.enabled() ? "on" : "off"));
      }
    }
    return changes;
  }
}
