package uk.practiceconnect.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.entity.SealedSecret;

/**
 * A practice's receiver of events: its address, the event types it wants and its signing secret
 * (held sealed, and after a rotation the previous one too, for a while). An endpoint that kept
 * failing is switched off; a removed one is kept (its deliveries refer to it) but no longer listed.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(
    name = WebhookEndpoint.OF_PRACTICE,
    query =
        "select e from WebhookEndpoint e where e.practiceId = :practice and e.removedAt is null"
            + " order by e.id")
@NamedQuery(
    name = WebhookEndpoint.BY_PUBLIC_ID,
    query =
        "select e from WebhookEndpoint e where e.practiceId = :practice and e.publicId = :id"
            + " and e.removedAt is null")
public class WebhookEndpoint {

  public static final String OF_PRACTICE = "WebhookEndpoint.ofPractice";
  public static final String BY_PUBLIC_ID = "WebhookEndpoint.byPublicId";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, length = 40)
  private String publicId;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(nullable = false, length = 500)
  private String url;

  @Column(nullable = false, length = 400)
  private String events;

  @Column(name = "secret_key_id", nullable = false, length = 40)
  private String secretKeyId;

  @Column(name = "secret_sealed", nullable = false, length = 400)
  private String secretSealed;

  @Column(name = "old_key_id", length = 40)
  private String oldKeyId;

  @Column(name = "old_sealed", length = 400)
  private String oldSealed;

  @Column(name = "old_secret_until")
  private Instant oldSecretUntil;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "disabled_reason", length = 300)
  private String disabledReason;

  @Column(name = "failing_since")
  private Instant failingSince;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(
      Long practiceId, EndpointUrl url, Set<EventType> events, String createdBy, Instant now) {
    this.publicId = "ep_" + HexFormat.of().formatHex(randomBytes(12));
    this.practiceId = practiceId;
    this.url = url.value();
    this.events = join(events);
    this.enabled = true;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static String join(Set<EventType> events) {
    return events.stream().sorted().map(EventType::wire).collect(Collectors.joining(","));
  }

  /** What the cipher binds a sealed secret to: this endpoint only. */
  public String secretContext() {
    return "webhook-endpoint:" + publicId;
  }

  public void sealSecret(SealedSecret sealed) {
    this.secretKeyId = sealed.keyId();
    this.secretSealed = sealed.payload();
  }

  /** The current secret becomes the old one, signing beside the new one until {@code until}. */
  public void rotate(SealedSecret fresh, Instant until) {
    this.oldKeyId = secretKeyId;
    this.oldSealed = secretSealed;
    this.oldSecretUntil = until;
    sealSecret(fresh);
  }

  public SealedSecret secret() {
    return new SealedSecret(secretKeyId, secretSealed);
  }

  /** The secret before the last rotation, while it still signs. */
  public Optional<SealedSecret> oldSecret(Instant now) {
    return oldSealed != null && oldSecretUntil != null && now.isBefore(oldSecretUntil)
        ? Optional.of(new SealedSecret(oldKeyId, oldSealed))
        : Optional.empty();
  }

  public boolean wants(EventType type) {
    return enabled && removedAt == null && eventTypes().contains(type);
  }

  public Set<EventType> eventTypes() {
    Set<EventType> set = EnumSet.noneOf(EventType.class);
    Arrays.stream(events.split(","))
        .map(EventType::fromWire)
        .flatMap(Optional::stream)
        .forEach(set::add);
    return set;
  }

  /** A try failed: remembers since when it has been failing without a success in between. */
  public Instant failed(Instant now) {
    if (failingSince == null) {
      failingSince = now;
    }
    return failingSince;
  }

  public void succeeded() {
    failingSince = null;
  }

  public void switchOff(String reason) {
    enabled = false;
    disabledReason = reason;
  }

  /** Back on after a switch-off; the failures before do not count. */
  public boolean switchOn() {
    if (enabled) {
      return false;
    }
    enabled = true;
    disabledReason = null;
    failingSince = null;
    return true;
  }

  public void remove(Instant now) {
    removedAt = now;
    enabled = false;
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String url() {
    return url;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<String> disabledReason() {
    return Optional.ofNullable(disabledReason);
  }

  public Optional<Instant> failingSince() {
    return Optional.ofNullable(failingSince);
  }

  public Optional<Instant> oldSecretUntil() {
    return Optional.ofNullable(oldSecretUntil);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  @Override
  public String toString() {
    return "WebhookEndpoint[" + publicId + " " + url + "]";
  }
}
