package uk.practiceconnect.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A practice's integration status: its state since when, the failing check, when it was last
 * checked and when it is due again. The claim columns are the status check's, so that one instance
 * of a cluster checks a practice at a time.
 */
@Entity
@Table(name = "emis_integration_status")
public class PracticeIntegration {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private IntegrationState state;

  @Column(name = "since", nullable = false)
  private Instant since;

  @Enumerated(EnumType.STRING)
  @Column(name = "failing_check", length = 40)
  private CheckCode failingCheck;

  @Column(name = "detail", length = 1000)
  private String detail;

  @Column(name = "last_checked_at")
  private Instant lastCheckedAt;

  @Column(name = "last_test_id")
  private Long lastTestId;

  @Column(name = "unanswered", nullable = false)
  private int unanswered;

  @Column(name = "next_check_at", nullable = false)
  private Instant nextCheckAt;

  @Column(name = "claimed_by", length = 80)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected PracticeIntegration() {}

  public PracticeIntegration(Long practiceId, Instant now) {
    this.practiceId = practiceId;
    this.state = IntegrationState.NOT_CONFIGURED;
    this.since = now;
    this.nextCheckAt = now;
  }

  /**
   * Moves to {@code next}; returns true when the state itself changed (so "since" restarts). A
   * different failing check within BROKEN keeps "since": the link has been broken all along.
   */
  public boolean moveTo(
      IntegrationState next, CheckCode failing, String why, Instant checkedAt, Long testId) {
    boolean changed = next != state;
    if (changed) {
      since = checkedAt;
    }
    state = next;
    failingCheck = failing;
    detail = why == null || why.length() <= 1000 ? why : why.substring(0, 997) + "...";
    if (testId != null) {
      lastTestId = testId;
    }
    lastCheckedAt = checkedAt;
    return changed;
  }

  /**
   * Counts a check in which EMIS did not answer; returns how many came in a row. One such check
   * alone is not believed (a restart, a network blip): the state is kept until the next.
   */
  public int unanswered(Instant checkedAt) {
    lastCheckedAt = checkedAt;
    return ++unanswered;
  }

  public void answered() {
    unanswered = 0;
  }

  public void due(Instant next) {
    nextCheckAt = next;
    claimedBy = null;
    claimedUntil = null;
  }

  public Long practiceId() {
    return practiceId;
  }

  public IntegrationState state() {
    return state;
  }

  public Instant since() {
    return since;
  }

  public Optional<CheckCode> failingCheck() {
    return Optional.ofNullable(failingCheck);
  }

  public String detail() {
    return detail;
  }

  public Instant lastCheckedAt() {
    return lastCheckedAt;
  }

  public Optional<Long> lastTestId() {
    return Optional.ofNullable(lastTestId);
  }

  public Instant nextCheckAt() {
    return nextCheckAt;
  }
}
