package uk.practiceconnect.emis.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A stored connection test: who ran it, from where, and each check's result. */
@Entity
@Table(name = "emis_connection_test")
@NamedQuery(
    name = ConnectionTestRun.LATEST,
    query =
        "select t from ConnectionTestRun t where t.practiceId = :practice"
            + " order by t.checkedAt desc, t.id desc")
public class ConnectionTestRun {

  public static final String LATEST = "ConnectionTestRun.latest";

  /** Where a test was started. */
  public enum Origin {
    PAGE,
    API,
    STATUS_CHECK
  }

  /** One check as stored. */
  @Embeddable
  public static class StoredCheck {
    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40)
    private CheckCode code;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private ConnectionCheck.Outcome outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "fix", length = 1000)
    private String fix;

    protected StoredCheck() {}

    StoredCheck(ConnectionCheck c) {
      this.code = c.code();
      this.outcome = c.outcome();
      this.detail = clip(c.detail());
      this.fix = clip(c.fix());
    }

    ConnectionCheck toCheck() {
      return new ConnectionCheck(code, outcome, detail, fix);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(name = "outcome", nullable = false, length = 10)
  private String outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "failing_check", length = 40)
  private CheckCode failingCheck;

  @Column(name = "emis_answered", nullable = false)
  private boolean emisAnswered;

  @Column(name = "run_by", nullable = false, length = 120)
  private String runBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "run_from", nullable = false, length = 20)
  private Origin runFrom;

  @Column(name = "duration_ms", nullable = false)
  private long durationMillis;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "emis_connection_check", joinColumns = @JoinColumn(name = "test_id"))
  @OrderColumn(name = "check_order")
  private List<StoredCheck> checks = new ArrayList<>();

  protected ConnectionTestRun() {}

  public ConnectionTestRun(
      Long practiceId, ConnectionTestResult result, String runBy, Origin from) {
    this.practiceId = practiceId;
    this.checkedAt = result.checkedAt();
    this.outcome = result.passed() ? "PASSED" : "FAILED";
    this.failingCheck = result.failingCheck().orElse(null);
    this.emisAnswered = result.emisAnswered();
    this.runBy = runBy;
    this.runFrom = from;
    this.durationMillis = result.durationMillis();
    result.checks().forEach(c -> checks.add(new StoredCheck(c)));
  }

  public ConnectionTestResult result() {
    return new ConnectionTestResult(
        checkedAt,
        checks.stream().map(StoredCheck::toCheck).toList(),
        emisAnswered,
        durationMillis);
  }

  public Long id() {
    return id;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String runBy() {
    return runBy;
  }

  public Origin runFrom() {
    return runFrom;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
  }
}
