package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.entity.VersionedSettings;

/**
 * One practice's stored reminder rules ({@link ReminderRule}), who changed them last, and what the
 * last planning run found. The planning lease columns are written only by conditional updates in
 * {@code PlanningLease}, never through this entity.
 */
@Entity
@Table(name = "reminder_settings")
public class ReminderSettings implements VersionedSettings {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, length = 60)
  private String offsets;

  @Column(name = "window_start", nullable = false)
  private LocalTime windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalTime windowEnd;

  @Column(nullable = false, length = 1000)
  private String template;

  @Column(name = "cancel_cutoff_minutes", nullable = false)
  private int cancelCutoffMinutes;

  @Column(name = "last_planned_at", insertable = false, updatable = false)
  private Instant lastPlannedAt;

  @Column(name = "last_plan_result", insertable = false, updatable = false)
  private String lastPlanResult;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 120)
  private String updatedBy;

  @Version private long version;

  protected ReminderSettings() {}

  public ReminderSettings(Long practiceId, ReminderRule rule) {
    this.practiceId = practiceId;
    apply(rule);
  }

  public ReminderRule rule() {
    return new ReminderRule(
        enabled,
        Arrays.stream(offsets.split(","))
            .map(s -> ReminderOffset.ofMinutes(Integer.parseInt(s.strip())))
            .toList(),
        new SendingWindow(windowStart, windowEnd),
        new SmsTemplate(template),
        CancellationCutoff.ofMinutes(cancelCutoffMinutes));
  }

  public void change(ReminderRule rule, String actor, Instant now) {
    apply(rule);
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  private void apply(ReminderRule rule) {
    this.enabled = rule.enabled();
    this.offsets =
        rule.offsets().stream()
            .map(o -> Integer.toString(o.minutes()))
            .collect(Collectors.joining(","));
    this.windowStart = rule.window().start();
    this.windowEnd = rule.window().end();
    this.template = rule.template().text();
    this.cancelCutoffMinutes = rule.cutoff().minutes();
  }

  public Long practiceId() {
    return practiceId;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<Instant> lastPlannedAt() {
    return Optional.ofNullable(lastPlannedAt);
  }

  public Optional<String> lastPlanResult() {
    return Optional.ofNullable(lastPlanResult);
  }

  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  public Optional<String> updatedBy() {
    return Optional.ofNullable(updatedBy);
  }

  @Override
  public long version() {
    return version;
  }
}
