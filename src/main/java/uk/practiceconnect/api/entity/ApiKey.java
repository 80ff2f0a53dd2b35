package uk.practiceconnect.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A key another NHS system uses to call the REST API. Only a SHA-256 hash of the key is kept; the
 * key itself is shown once, when it is created. Scoped to one practice or (practice id null) to
 * all.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "select k from ApiKey k where k.keyHash = :h")
@NamedQuery(name = ApiKey.ALL, query = "select k from ApiKey k order by k.createdAt desc")
public class ApiKey {

  public static final String BY_HASH = "ApiKey.byHash";
  public static final String ALL = "ApiKey.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(name = "key_prefix", nullable = false, length = 12)
  private String keyPrefix;

  @Column(name = "key_hash", nullable = false, unique = true, length = 64)
  private String keyHash;

  @Column(name = "practice_id")
  private Long practiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Access access;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 120)
  private String revokedBy;

  @Version private long version;

  protected ApiKey() {}

  public ApiKey(
      String name,
      String keyPrefix,
      String keyHash,
      Long practiceId,
      Access access,
      String createdBy,
      Instant createdAt) {
    this.name = name;
    this.keyPrefix = keyPrefix;
    this.keyHash = keyHash;
    this.practiceId = practiceId;
    this.access = access;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void revoke(String actor, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = actor;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  /** Whether this key may see the practice with this id. */
  public boolean covers(Long practiceId) {
    return this.practiceId == null || this.practiceId.equals(practiceId);
  }

  public boolean allPractices() {
    return practiceId == null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public String keyHash() {
    return keyHash;
  }

  public Long practiceId() {
    return practiceId;
  }

  public Access access() {
    return access;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }
}
