package uk.practiceconnect.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.control.TtlCache;
import uk.practiceconnect.sms.entity.NotifyService;
import uk.practiceconnect.sms.entity.PracticeNotifyService;
import uk.practiceconnect.sms.entity.SmsSenderId;

/**
 * Which GOV.UK Notify service a practice's texts go through: its own when it saved one, else the
 * platform's ({@code sms.notify.*}). Looked up on every send, so kept for {@link #KEEP} (one
 * second, as API keys: issue 13's rule for every instance agreeing); a change made on this instance
 * is seen at once, on another within that second. Keys are opened from their sealed form only here,
 * and never leave the {@link NotifyService} they are put in.
 */
@ApplicationScoped
public class NotifyServices {

  /** How long a practice's choice is trusted before it is read again. */
  static final Duration KEEP = Duration.ofSeconds(1);

  @PersistenceUnit EntityManagerFactory factory;
  @Inject CredentialCipher cipher;
  @Inject SettingsSaves saves;
  @Inject SmsSettings settings;
  @Inject Clock clock;

  private NotifyService platform;
  private TtlCache<Long, NotifyService> byPractice;
  private TtlCache<String, NotifyService> byServiceId;

  @PostConstruct
  void init() {
    String key = settings.apiKey();
    platform =
        new NotifyService(
            NotifyService.serviceIdOf(key), key, settings.templateId(), Optional.empty(), true);
    byPractice = new TtlCache<>(KEEP, 10_000, clock);
    byServiceId = new TtlCache<>(KEEP, 10_000, clock);
  }

  public NotifyService platform() {
    return platform;
  }

  /** The service this practice's texts go through now. */
  public NotifyService forPractice(Long practiceId) {
    return byPractice
        .get(practiceId, id -> saves.stored(PracticeNotifyService.class, id).map(this::open))
        .orElse(platform);
  }

  /**
   * The service with this id, to ask it about a text it accepted: the platform's, or the key of a
   * practice that uses it; empty when no practice does any more (its key is gone with it).
   */
  public Optional<NotifyService> byServiceId(String serviceId) {
    if (serviceId == null || serviceId.equalsIgnoreCase(platform.serviceId())) {
      return Optional.of(platform);
    }
    return byServiceId.get(
        serviceId.toLowerCase(),
        id ->
            query(
                    em ->
                        em.createQuery(
                                "select s from PracticeNotifyService s where s.serviceId = :id"
                                    + " order by s.updatedAt desc",
                                PracticeNotifyService.class)
                            .setParameter("id", id)
                            .setMaxResults(1)
                            .getResultStream()
                            .findFirst())
                .map(this::open));
  }

  /** Every service in use, the platform's first: each has an inbox of replies to read. */
  public List<NotifyService> all() {
    List<NotifyService> all = new ArrayList<>(List.of(platform));
    List<String> ids =
        query(
            em ->
                em.createQuery(
                        "select distinct s.serviceId from PracticeNotifyService s", String.class)
                    .getResultList());
    for (String id : ids) {
      byServiceId(id).filter(s -> !all.contains(s)).ifPresent(all::add);
    }
    return all;
  }

  /** After a practice's own service changed on this instance: seen at once here. */
  void changed(Long practiceId) {
    byPractice.invalidate(practiceId);
    byServiceId.invalidateAll();
  }

  /** Through an entity manager of this call's own, as {@link SettingsSaves#stored} reads. */
  private <T> T query(Function<EntityManager, T> query) {
    EntityManager own = factory.createEntityManager();
    try {
      return query.apply(own);
    } finally {
      own.close();
    }
  }

  private NotifyService open(PracticeNotifyService s) {
    char[] key = cipher.open(s.apiKey(), PracticeNotifyServices.context(s.practiceId()));
    return new NotifyService(
        s.serviceId(),
        new String(key),
        s.templateId().orElseThrow().value(),
        s.smsSenderId().map(SmsSenderId::value),
        false);
  }
}
