package uk.practiceconnect.booking.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.entity.VersionedSettings;

/** A practice's online booking settings: the stored form of its {@link BookingRule}. */
@Entity
@Table(name = "booking_settings")
public class BookingSettings implements VersionedSettings {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  private boolean enabled;

  @Column(name = "open_booking")
  private boolean openBooking;

  @Column(name = "weeks_ahead")
  private int weeksAhead;

  @Column(name = "minimum_notice_minutes")
  private int minimumNoticeMinutes;

  @Column(name = "max_future_bookings")
  private int maxFutureBookings;

  @Column(name = "cancel_cutoff_minutes")
  private int cancelCutoffMinutes;

  @Column(name = "show_clinician")
  private boolean showClinician;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "booking_slot_type", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderBy("name")
  private List<SlotTypeSetting> slotTypes = new ArrayList<>();

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 120)
  private String updatedBy;

  @Version private long version;

  protected BookingSettings() {}

  public BookingSettings(Long practiceId) {
    this.practiceId = practiceId;
    apply(BookingRule.defaults());
  }

  public void change(BookingRule rule, List<SlotTypeSetting> types, String actor, Instant now) {
    apply(rule);
    slotTypes.clear();
    slotTypes.addAll(types);
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  private void apply(BookingRule rule) {
    this.enabled = rule.enabled();
    this.openBooking = rule.openBooking();
    this.weeksAhead = rule.weeksAhead();
    this.minimumNoticeMinutes = (int) rule.minimumNotice().toMinutes();
    this.maxFutureBookings = rule.maxFutureBookings();
    this.cancelCutoffMinutes = (int) rule.cancelCutoff().toMinutes();
    this.showClinician = rule.showClinician();
  }

  /** The rules these settings describe; bookable slot types make the open-booking scope. */
  public BookingRule rule() {
    Map<SlotType, Set<String>> scope = new LinkedHashMap<>();
    for (SlotTypeSetting t : slotTypes) {
      if (t.bookable()) {
        scope.put(t.type(), t.allowedClinicians());
      }
    }
    return new BookingRule(
        enabled,
        openBooking,
        weeksAhead,
        java.time.Duration.ofMinutes(minimumNoticeMinutes),
        maxFutureBookings,
        java.time.Duration.ofMinutes(cancelCutoffMinutes),
        showClinician,
        new SlotScope(scope));
  }

  public Long practiceId() {
    return practiceId;
  }

  public List<SlotTypeSetting> slotTypes() {
    return List.copyOf(slotTypes);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  @Override
  public long version() {
    return version;
  }
}
