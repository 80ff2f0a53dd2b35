package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.SettingsVersion;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderSettings;
import uk.practiceconnect.reminders.entity.ReminderSettingsView;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.reminders.entity.RuleInput;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;

/**
 * Reads and changes a practice's reminder settings. Every change is audited field by field; what
 * must stop at once (reminders switched off, a slot type switched off, a reminder time removed)
 * stops in the same transaction, so no text goes out under the old rules. A save based on an older
 * version than the stored one is refused rather than overwriting someone else's change.
 */
@ApplicationScoped
public class ReminderSettingsService {

  /** Fired after a change, so planning can run for the practice soon. */
  public record Changed(Long practiceId) {}

  @PersistenceContext EntityManager em;
  @Inject RuleValidation validation;
  @Inject SlotTypes slotTypes;
  @Inject PartnerApi emis;
  @Inject AuditTrail audit;
  @Inject SettingsSaves saves;
  @Inject Clock clock;
  @Inject Event<Changed> changed;

  public ReminderSettingsView view(Practice practice) {
    ReminderSettings s = em.find(ReminderSettings.class, practice.id());
    List<SlotTypeSwitch> types = slotTypes.switches(practice.id());
    if (s == null) {
      return new ReminderSettingsView(
          ReminderRule.DEFAULT, types, SettingsVersion.NEVER_SAVED, null, null, null, null);
    }
    return new ReminderSettingsView(
        s.rule(),
        types,
        s.version(),
        s.updatedAt().orElse(null),
        s.updatedBy().orElse(null),
        s.lastPlannedAt().orElse(null),
        s.lastPlanResult().orElse(null));
  }

  /** The stored rule, or the (switched off) default. */
  public ReminderRule rule(Long practiceId) {
    ReminderSettings s = em.find(ReminderSettings.class, practiceId);
    return s == null ? ReminderRule.DEFAULT : s.rule();
  }

  @Transactional
  public ReminderSettingsView change(
      Caller caller, Practice practice, RuleInput input, Long expectedVersion) {
    RuleValidation.Checked checked = validation.check(input, practice.name().value());
    ReminderRule rule = checked.rule();
    List<SlotTypeSwitch> switches = checked.slotTypes();
    ReminderSettings s =
        saves.forChange(
            ReminderSettings.class,
            practice.id(),
            expectedVersion,
            () -> new ReminderSettings(practice.id(), ReminderRule.DEFAULT));
    ReminderRule before = s.rule();
    s.change(rule, caller.name(), clock.instant());
    saves.write();
    String ods = practice.odsCode().value();
    for (RuleDiff.Line line : RuleDiff.between(before, rule)) {
      audit.record(caller, practice.id(), ods, line.action(), line.field(), line.detail());
    }
    if (switches != null) {
      for (String line : slotTypes.apply(practice.id(), switches)) {
        audit.record(caller, practice.id(), ods, "REMINDER_SLOT_TYPE_SWITCHED", "slotTypes", line);
      }
    }
    stopWhatNoLongerApplies(practice.id(), rule);
    changed.fire(new Changed(practice.id()));
    return view(practice);
  }

  /**
   * For the demo: reminders on with the standard rules, unless the practice has settings already
   * (then whatever someone chose is kept).
   */
  @Transactional
  public void switchOnWithDefaults(Caller caller, Practice practice) {
    if (em.find(ReminderSettings.class, practice.id()) != null) {
      return;
    }
    ReminderRule rule = ReminderRule.DEFAULT.withEnabled(true);
    ReminderSettings s = new ReminderSettings(practice.id(), ReminderRule.DEFAULT);
    s.change(rule, caller.name(), clock.instant());
    em.persist(s);
    for (RuleDiff.Line line : RuleDiff.between(ReminderRule.DEFAULT, rule)) {
      audit.record(
          caller,
          practice.id(),
          practice.odsCode().value(),
          line.action(),
          line.field(),
          line.detail());
    }
  }

  /** The Update button: asks EMIS for the practice's slot types and adds the new ones. */
  public List<SlotTypeSwitch> refreshSlotTypes(Caller caller, Practice practice) {
    return slotTypes.storeFromEmis(caller, practice, emis.slotTypes(practice));
  }

  private void stopWhatNoLongerApplies(Long practiceId, ReminderRule rule) {
    var now = clock.instant();
    if (!rule.enabled()) {
      em.createQuery(
              "update Reminder r set r.status = :cancelled, r.reason = :off, r.dateOfBirth = null,"
                  + " r.updatedAt = :now, r.version = r.version + 1 where r.practiceId = :p and r.status = :planned")
          .setParameter("cancelled", ReminderStatus.CANCELLED)
          .setParameter("off", ReminderReason.REMINDERS_OFF)
          .setParameter("now", now)
          .setParameter("p", practiceId)
          .setParameter("planned", ReminderStatus.PLANNED)
          .executeUpdate();
      return;
    }
    em.createQuery(
            "update Reminder r set r.status = :cancelled, r.reason = :removed,"
                + " r.dateOfBirth = null, r.updatedAt = :now, r.version = r.version + 1 where r.practiceId = :p"
                + " and r.status = :planned and r.offsetMinutes not in :offsets")
        .setParameter("cancelled", ReminderStatus.CANCELLED)
        .setParameter("removed", ReminderReason.TIME_REMOVED)
        .setParameter("now", now)
        .setParameter("p", practiceId)
        .setParameter("planned", ReminderStatus.PLANNED)
        .setParameter("offsets", rule.offsets().stream().map(o -> o.minutes()).toList())
        .executeUpdate();
    var off = slotTypes.switchedOff(practiceId);
    if (!off.isEmpty()) {
      em.createQuery(
              "update Reminder r set r.status = :notPlanned, r.reason = :typeOff,"
                  + " r.dateOfBirth = null, r.updatedAt = :now, r.version = r.version + 1 where r.practiceId = :p"
                  + " and r.status = :planned and lower(r.slotType) in :off")
          .setParameter("notPlanned", ReminderStatus.NOT_PLANNED)
          .setParameter("typeOff", ReminderReason.SLOT_TYPE_OFF)
          .setParameter("now", now)
          .setParameter("p", practiceId)
          .setParameter("planned", ReminderStatus.PLANNED)
          .setParameter("off", off.stream().map(SlotType::key).toList())
          .executeUpdate();
    }
  }
}
