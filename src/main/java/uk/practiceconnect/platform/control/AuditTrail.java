package uk.practiceconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;

/**
 * Records every change of state with who and when, inside the caller's transaction, so a change and
 * its audit entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A query over the trail: a practice (or all when null) and an optional text filter. */
  public record Query(Long practiceId, String text) {
    public Query {
      text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Caller caller, Long practiceId, String odsCode, String action, String field, String detail) {
    em.persist(
        new AuditEntry(clock.instant(), caller.name(), practiceId, odsCode, action, field, detail));
  }

  public List<AuditEntry> page(Query query, int first, int size) {
    TypedQuery<AuditEntry> q =
        em.createQuery(
            "select a from AuditEntry a" + where(query) + " order by a.occurredAt desc, a.id desc",
            AuditEntry.class);
    bind(q, query);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
  }

  public long count(Query query) {
    TypedQuery<Long> q =
        em.createQuery("select count(a) from AuditEntry a" + where(query), Long.class);
    bind(q, query);
    return q.getSingleResult();
  }

  private static String where(Query query) {
    StringBuilder w = new StringBuilder(" where 1 = 1");
    if (query.practiceId() != null) {
      w.append(" and a.practiceId = :practice");
    }
    if (query.text() != null) {
      w.append(
          " and (lower(a.actor) like :text escape '\\' or lower(a.action) like :text escape '\\'"
              + " or lower(coalesce(a.field, '')) like :text escape '\\'"
              + " or lower(coalesce(a.detail, '')) like :text escape '\\'"
              + " or lower(coalesce(a.odsCode, '')) like :text escape '\\')");
    }
    return w.toString();
  }

  /** A LIKE pattern for text containing {@code typed}, whose % and _ are plain characters. */
  static String containing(String typed) {
    return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static void bind(TypedQuery<?> q, Query query) {
    if (query.practiceId() != null) {
      q.setParameter("practice", query.practiceId());
    }
    if (query.text() != null) {
      q.setParameter("text", containing(query.text()));
    }
  }
}
