package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import uk.practiceconnect.gpconnect.entity.GpConnectSettings;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Which route reaches a practice's appointment book. GP Connect is refused until its three settings
 * are saved, so a practice is never switched to a route that cannot work; going back to EMIS is
 * always allowed (it is how a practice undoes a switch).
 */
@ApplicationScoped
public class IntegrationRoutes {

  static final String INCOMPLETE =
      "Save the GP Connect settings first (the provider's endpoint, its ASID and your practice's"
          + " ODS code at the provider), then switch to GP Connect";

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;
  @Inject AuditTrail audit;
  @Inject Practices practices;

  /**
   * The route as stored now. Read afresh rather than from the practice passed in: practices found
   * by ODS code are cached for a second, and a reader just after a change must see it.
   */
  public IntegrationRoute route(Practice practice) {
    EntityManager own = factory.createEntityManager();
    try {
      Practice p = own.find(Practice.class, practice.id());
      return p == null ? practice.integrationRoute() : p.integrationRoute();
    } finally {
      own.close();
    }
  }

  @Transactional
  public IntegrationRoute change(Caller caller, Practice practice, String rawRoute) {
    var v = new Validation();
    IntegrationRoute wanted = v.field("route", rawRoute, IntegrationRoute::of);
    v.throwIfInvalid();
    // locked, so two changes at once are recorded one after the other with the right "from"
    Practice p = em.find(Practice.class, practice.id(), LockModeType.PESSIMISTIC_WRITE);
    IntegrationRoute before = p.integrationRoute();
    if (wanted == IntegrationRoute.GP_CONNECT && before != wanted && !gpConnectComplete(p)) {
      throw new DomainException(ErrorCode.UNPROCESSABLE, INCOMPLETE);
    }
    if (p.changeRoute(wanted)) {
      audit.record(
          caller,
          p.id(),
          p.odsCode().value(),
          "INTEGRATION_ROUTE_CHANGED",
          "integrationRoute",
          "Changed from " + before.label() + " to " + wanted.label());
      practices.forget(p.odsCode());
    }
    return p.integrationRoute();
  }

  private boolean gpConnectComplete(Practice p) {
    GpConnectSettings s = em.find(GpConnectSettings.class, p.id());
    return s != null && s.target().isPresent();
  }
}
