package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.entity.DeliveryStatus;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.KeyType;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;

/**
 * Every text message the sandbox accepted, in {@code sbx_notify_message}: shared by every instance
 * on the same database. Queries that filter on the status compute it in SQL with the same rule as
 * {@link DeliveryTimeline}.
 */
@ApplicationScoped
public class Outbox {

  /** The status of a message at {@code :sendingFrom}/{@code :finalFrom}, as JPQL. */
  private static final String STATUS =
      "(case when m.forcedStatus is not null then m.forcedStatus"
          + " when m.createdAt > :sendingFrom then 'created'"
          + " when m.createdAt > :finalFrom then 'sending'"
          + " else m.fate end)";

  @PersistenceContext EntityManager em;

  @Inject NotifyConfig config;

  /** Committed when this returns: the caller answers 201 only after that. */
  @Transactional
  public void store(SmsNotification message) {
    em.persist(message);
  }

  @Transactional
  public Optional<SmsNotification> find(UUID id) {
    return Optional.ofNullable(em.find(SmsNotification.class, id));
  }

  /** A page of one service's messages sent with this kind of key, newest first, as Notify pages. */
  @Transactional
  public List<SmsNotification> page(
      UUID serviceId,
      KeyType keyType,
      List<String> statuses,
      String reference,
      Instant olderThan,
      Instant now,
      int size) {
    StringBuilder jpql =
        new StringBuilder(
            "select m from SmsNotification m where m.serviceId = :service and m.keyType = :type");
    Map<String, Object> params = new HashMap<>();
    params.put("service", serviceId);
    params.put("type", keyType);
    if (statuses != null && !statuses.isEmpty()) {
      jpql.append(" and ").append(STATUS).append(" in (:statuses)");
      params.put("statuses", statuses);
      timeParams(params, now);
    }
    if (reference != null) {
      jpql.append(" and m.reference = :reference");
      params.put("reference", reference);
    }
    if (olderThan != null) {
      jpql.append(" and m.createdAt < :olderThan");
      params.put("olderThan", olderThan);
    }
    jpql.append(" order by m.createdAt desc, m.id desc");
    TypedQuery<SmsNotification> q = em.createQuery(jpql.toString(), SmsNotification.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(size).getResultList();
  }

  /** What the admin face lists: oldest first, optionally by phone number and reference. */
  @Transactional
  public List<SmsNotification> matching(String normalisedPhone, String reference, int limit) {
    TypedQuery<SmsNotification> q =
        em.createQuery(
            "select m from SmsNotification m"
                + filter(normalisedPhone, reference)
                + " order by m.createdAt, m.id",
            SmsNotification.class);
    bind(q, normalisedPhone, reference);
    return q.setMaxResults(limit).getResultList();
  }

  @Transactional
  public long count(String normalisedPhone, String reference) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(m) from SmsNotification m" + filter(normalisedPhone, reference),
            Long.class);
    bind(q, normalisedPhone, reference);
    return q.getSingleResult();
  }

  /** Messages of a service since a moment that count against its daily limit (not test keys). */
  @Transactional
  public long countSince(UUID serviceId, Instant since) {
    return em.createQuery(
            "select count(m) from SmsNotification m where m.serviceId = :service"
                + " and m.createdAt >= :since and m.keyType <> :test",
            Long.class)
        .setParameter("service", serviceId)
        .setParameter("since", since)
        .setParameter("test", KeyType.TEST)
        .getSingleResult();
  }

  @Transactional
  public int clear() {
    return em.createQuery("delete from SmsNotification").executeUpdate();
  }

  @Transactional
  public Optional<SmsNotification> force(UUID id, DeliveryStatus status, Instant at) {
    SmsNotification m = em.find(SmsNotification.class, id);
    if (m != null) {
      m.force(status, at);
    }
    return Optional.ofNullable(m);
  }

  /** Messages in a final status whose delivery receipt has not been sent yet. */
  @Transactional
  public List<SmsNotification> receiptsDue(Instant now, int max) {
    List<String> terminal =
        Arrays.stream(DeliveryStatus.values())
            .filter(DeliveryStatus::terminal)
            .map(DeliveryStatus::wire)
            .toList();
    Map<String, Object> params = new HashMap<>();
    timeParams(params, now);
    params.put("terminal", terminal);
    TypedQuery<SmsNotification> q =
        em.createQuery(
            "select m from SmsNotification m where m.callbackSentAt is null and "
                + STATUS
                + " in (:terminal) order by m.createdAt",
            SmsNotification.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(max).getResultList();
  }

  /** Claims a receipt for this instance: false when another instance was first. */
  @Transactional
  public boolean claimReceipt(UUID id, Instant at) {
    return em.createQuery(
                "update SmsNotification m set m.callbackSentAt = :at"
                    + " where m.id = :id and m.callbackSentAt is null")
            .setParameter("at", at)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  private void timeParams(Map<String, Object> params, Instant now) {
    DeliveryTimeline timeline = config.timeline();
    params.put("sendingFrom", now.minus(timeline.sendingAfter()));
    params.put("finalFrom", now.minus(timeline.finalAfter()));
  }

  private static String filter(String normalisedPhone, String reference) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (normalisedPhone != null) {
      where.append(" and m.normalisedPhone = :phone");
    }
    if (reference != null) {
      where.append(" and m.reference = :reference");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> q, String normalisedPhone, String reference) {
    if (normalisedPhone != null) {
      q.setParameter("phone", normalisedPhone);
    }
    if (reference != null) {
      q.setParameter("reference", reference);
    }
  }
}
