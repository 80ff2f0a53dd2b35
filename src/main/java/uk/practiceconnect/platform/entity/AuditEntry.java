package uk.practiceconnect.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change of state: who did what to which practice, and when. Never holds a secret: the detail
 * says that a password changed, not what it is.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 120)
  private String actor;

  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "ods_code", length = 6)
  private String odsCode;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(length = 60)
  private String field;

  @Column(length = 500)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      Long practiceId,
      String odsCode,
      String action,
      String field,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.practiceId = practiceId;
    this.odsCode = odsCode;
    this.action = action;
    this.field = field;
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String odsCode() {
    return odsCode;
  }

  public String action() {
    return action;
  }

  public String field() {
    return field;
  }

  public String detail() {
    return detail;
  }
}
