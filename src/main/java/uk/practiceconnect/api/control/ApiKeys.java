package uk.practiceconnect.api.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.api.entity.Access;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.TtlCache;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Issues, revokes and checks API keys. A key is 32 random bytes; only its SHA-256 is stored (the
 * key has enough entropy that a slow hash adds nothing but latency to every request).
 */
@ApplicationScoped
public class ApiKeys {

  private static final String PREFIX = "pc_";
  private final SecureRandom random = new SecureRandom();

  /**
   * How long another instance may keep accepting a key revoked elsewhere in a cluster: a second
   * (the instance that revokes it drops it at once). A key in use costs its instance one database
   * read a second.
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private TtlCache<String, ApiKey> cache;

  @PostConstruct
  void init() {
    cache = new TtlCache<>(CACHE_TTL, 10_000, clock);
  }

  /** A key just created: the value is shown to the person once and never again. */
  public record Issued(ApiKey key, String value) {}

  public Optional<ApiKey> authenticate(String presented) {
    if (presented == null || presented.isBlank() || presented.length() > 200) {
      return Optional.empty();
    }
    return cache.get(hash(presented), h -> withHash(h).filter(ApiKey::isActive));
  }

  /** The key with this value, active or revoked. */
  public Optional<ApiKey> withValue(String value) {
    return withHash(hash(value));
  }

  private Optional<ApiKey> withHash(String h) {
    return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
        .setParameter("h", h)
        .getResultStream()
        .findFirst();
  }

  public List<ApiKey> all() {
    return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
  }

  @Transactional
  public Issued issue(Caller caller, String rawName, Practice practiceOrNull, Access access) {
    requirePlatformAdmin(caller);
    var v = new Validation();
    String name = v.field("name", rawName, ApiKeys::keyName);
    if (access == null) {
      v.reject("access", "Choose read-only or read-write");
    }
    v.throwIfInvalid();
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Issued(store(caller, name, value, practiceOrNull, access), value);
  }

  /**
   * Registers a key whose value is given (the demo keys from configuration). A key with that value
   * that exists already is returned as it is, revoked or not: someone revoked it on purpose, and a
   * restart must not quietly bring a published key back to life.
   */
  @Transactional
  public ApiKey register(
      Caller caller, String name, String value, Practice practice, Access access) {
    return withValue(value).orElseGet(() -> store(caller, name, value, practice, access));
  }

  @Transactional
  public ApiKey revoke(Caller caller, long id) {
    requirePlatformAdmin(caller);
    ApiKey key = em.find(ApiKey.class, id);
    if (key == null) {
      throw DomainException.notFound("There is no API key " + id);
    }
    if (key.isActive()) {
      key.revoke(caller.name(), clock.instant());
      audit.record(
          caller,
          key.practiceId(),
          odsCodeOf(key.practiceId()),
          "API_KEY_REVOKED",
          "apiKey",
          "Revoked " + key.name());
      forgetWhenDone(key.keyHash());
    }
    return key;
  }

  /**
   * Drops the key from the cache once the revocation is committed. Dropped earlier, a request in
   * between would read the still-active row and cache it again for the time to live.
   */
  private void forgetWhenDone(String keyHash) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            cache.invalidate(keyHash); // after a rollback too: a reload is never wrong
          }
        });
  }

  private String odsCodeOf(Long practiceId) {
    if (practiceId == null) {
      return null;
    }
    Practice practice = em.find(Practice.class, practiceId);
    return practice == null ? null : practice.odsCode().value();
  }

  private ApiKey store(Caller caller, String name, String value, Practice practice, Access access) {
    Long practiceId = practice == null ? null : practice.id();
    ApiKey key =
        new ApiKey(
            name,
            value.substring(0, Math.min(8, value.length())),
            hash(value),
            practiceId,
            access,
            caller.name(),
            clock.instant());
    em.persist(key);
    audit.record(
        caller,
        practiceId,
        practice == null ? null : practice.odsCode().value(),
        "API_KEY_ISSUED",
        "apiKey",
        "Issued "
            + name
            + " ("
            + access
            + ", "
            + (practice == null ? "all practices" : practice.odsCode())
            + ")");
    return key;
  }

  private static void requirePlatformAdmin(Caller caller) {
    if (!caller.isPlatformAdmin()) {
      throw DomainException.forbidden("Only the support desk can manage API keys");
    }
  }

  static String keyName(String raw) {
    Text.required(raw, "Give the key a name that says who uses it, for example 'Trust EPR'");
    String name = raw.strip();
    Text.maxLength(name, 80, "The key name");
    if (Text.hasUnreadableCharacters(name)) {
      throw new InvalidValueException(
          "The key name must be plain text on one line, without hidden or direction-changing characters");
    }
    return name;
  }

  static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
