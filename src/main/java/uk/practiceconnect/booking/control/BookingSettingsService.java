package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.BookingSettings;
import uk.practiceconnect.booking.entity.BookingSettingsView;
import uk.practiceconnect.booking.entity.SlotScope;
import uk.practiceconnect.booking.entity.SlotTypeSetting;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Reads and changes a practice's booking settings, and learns its slot types (and the clinicians
 * who hold them) from EMIS. Every change is audited field by field.
 */
@ApplicationScoped
public class BookingSettingsService {

  /** The settings as submitted by the page or the REST API. */
  public record Input(
      boolean enabled,
      boolean openBooking,
      Integer weeksAhead,
      Integer minimumNoticeMinutes,
      Integer maxFutureBookings,
      Integer cancelCutoffMinutes,
      boolean showClinician,
      List<TypeInput> slotTypes) {}

  /** One slot type as submitted; {@code clinicians} empty means any clinician. */
  public record TypeInput(String name, boolean bookable, List<String> clinicians) {}

  @PersistenceContext EntityManager em;
  @Inject AppointmentBook partner;
  @Inject AuditTrail audit;
  @Inject SettingsSaves saves;
  @Inject SlotCatalogue catalogue;
  @Inject Clock clock;
  @Inject Practices practices;

  public BookingSettingsView view(Practice practice) {
    BookingSettings s = em.find(BookingSettings.class, practice.id());
    return s == null ? BookingSettingsView.defaults() : BookingSettingsView.of(s);
  }

  public BookingRule rule(Long practiceId) {
    BookingSettings s = em.find(BookingSettings.class, practiceId);
    return s == null ? BookingRule.defaults() : s.rule();
  }

  @Transactional
  public BookingSettingsView change(
      Caller caller, Practice practice, Input in, Long expectedVersion) {
    var v = new Validation();
    List<SlotTypeSetting> types = new ArrayList<>();
    Map<SlotType, Set<String>> scope = new LinkedHashMap<>();
    BookingSettings s = em.find(BookingSettings.class, practice.id());
    Map<String, SlotTypeSetting> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (s != null) {
      s.slotTypes().forEach(t -> known.put(t.type().value(), t));
    }
    List<TypeInput> inputs = in.slotTypes() == null ? List.of() : in.slotTypes();
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < inputs.size(); i++) {
      TypeInput t = inputs.get(i);
      SlotType type =
          v.field("slotTypes[" + i + "].name", t == null ? null : t.name(), SlotType::of);
      if (type == null || !seen.add(type.value())) {
        continue;
      }
      Set<String> allowed = clinicians(t.clinicians(), v, "slotTypes[" + i + "].clinicians");
      SlotTypeSetting old = known.remove(type.value());
      Set<String> knownClinicians = new TreeSet<>(allowed);
      if (old != null) {
        knownClinicians.addAll(old.knownClinicians());
        type = old.type(); // keep EMIS's spelling
      }
      types.add(new SlotTypeSetting(type, t.bookable(), knownClinicians, allowed));
      if (t.bookable()) {
        scope.put(type, allowed);
      }
    }
    // types EMIS told us about stay listed (not bookable) when a client leaves them out
    known
        .values()
        .forEach(
            t -> types.add(new SlotTypeSetting(t.type(), false, t.knownClinicians(), Set.of())));
    BookingRule rule;
    try {
      v.throwIfInvalid();
      rule =
          BookingRule.validated(
              in.enabled(),
              in.openBooking(),
              in.weeksAhead(),
              in.minimumNoticeMinutes(),
              in.maxFutureBookings(),
              in.cancelCutoffMinutes(),
              in.showClinician(),
              new SlotScope(scope));
    } catch (InvalidValueException e) {
      throw DomainException.invalid("slotTypes", e.getMessage());
    }
    s =
        saves.forChange(
            BookingSettings.class,
            practice.id(),
            expectedVersion,
            () -> new BookingSettings(practice.id()));
    BookingRule before = s.rule();
    s.change(rule, types, caller.name(), clock.instant());
    saves.write();
    SettingsAudit.record(audit, caller, practice, before, rule);
    catalogue.invalidate(practice.id());
    return BookingSettingsView.of(s);
  }

  /**
   * As {@link #refreshSlotTypes}, but only while no clinician is known for any slot type (EMIS was
   * never read), all in one transaction: for start-up work on a pooled thread, which must not touch
   * the database outside one. False when there was nothing to do or no such practice.
   */
  @Transactional
  public boolean refreshSlotTypesIfNeverRead(Caller caller, OdsCode ods) {
    Optional<Practice> practice = practices.find(ods);
    if (practice.isEmpty()) {
      return false;
    }
    BookingSettings s = em.find(BookingSettings.class, practice.get().id());
    if (s != null && s.slotTypes().stream().anyMatch(t -> !t.knownClinicians().isEmpty())) {
      return false;
    }
    refreshSlotTypes(caller, practice.get());
    return true;
  }

  /**
   * Asks EMIS for the practice's slot types and, from the slots ahead, who holds each; new types
   * are added as not bookable, so nothing becomes bookable without the practice choosing it.
   */
  @Transactional
  public BookingSettingsView refreshSlotTypes(Caller caller, Practice practice) {
    Instant now = clock.instant();
    List<String> names = partner.slotTypes(practice);
    List<EmisSlot> slots =
        partner.slots(
            practice,
            now,
            now.plus(java.time.Duration.ofDays(7L * BookingRule.MAX_WEEKS_AHEAD)),
            null,
            false);
    Map<String, Set<String>> cliniciansByType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    names.forEach(n -> cliniciansByType.put(n, new TreeSet<>()));
    for (EmisSlot slot : slots) {
      if (slot.slotType() != null && slot.clinician() != null) {
        cliniciansByType
            .computeIfAbsent(slot.slotType(), k -> new TreeSet<>())
            .add(slot.clinician());
      }
    }
    BookingSettings s = em.find(BookingSettings.class, practice.id());
    if (s == null) {
      s = new BookingSettings(practice.id());
      em.persist(s);
    }
    Map<String, SlotTypeSetting> existing = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    s.slotTypes().forEach(t -> existing.put(t.type().value(), t));
    List<SlotTypeSetting> merged = new ArrayList<>();
    List<String> added = new ArrayList<>();
    cliniciansByType.forEach(
        (name, clinicians) -> {
          SlotTypeSetting old = existing.remove(name);
          if (old == null) {
            added.add(name);
            merged.add(new SlotTypeSetting(SlotType.of(name), false, clinicians, Set.of()));
          } else {
            merged.add(
                new SlotTypeSetting(
                    old.type(), old.bookable(), clinicians, old.allowedClinicians()));
          }
        });
    merged.addAll(
        existing.values()); // no longer in EMIS's list: kept until the practice removes it
    s.change(s.rule(), merged, caller.name(), now);
    saves.write();
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "BOOKING_SLOT_TYPES_UPDATED",
        "slotTypes",
        cliniciansByType.size()
            + " slot types read from EMIS"
            + (added.isEmpty() ? "" : "; new: " + String.join(", ", added)));
    return BookingSettingsView.of(s);
  }

  /** The clinicians named for a slot type: one line each, as people read them in the log. */
  private static Set<String> clinicians(List<String> raw, Validation v, String field) {
    Set<String> out = new TreeSet<>();
    if (raw == null) {
      return out;
    }
    for (String c : raw) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String name = c.strip();
      if (name.length() > 120 || Text.hasUnreadableCharacters(name)) {
        v.reject(
            field,
            "A clinician's name must be plain text on one line of at most 120 characters,"
                + " without hidden or direction-changing characters");
        continue;
      }
      out.add(name);
    }
    return out;
  }
}
