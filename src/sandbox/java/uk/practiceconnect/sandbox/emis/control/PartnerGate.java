package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

/**
 * Lets a call of an open session through, or says why not. The application's state and the call's
 * state are read afresh on every call, because EMIS applies them to open sessions at once; Login
 * Access is not re-checked, because EMIS applies it only at the next logon.
 */
@ApplicationScoped
public class PartnerGate {

  @Inject PartnerSessions sessions;
  @PersistenceContext EntityManager em;

  public PartnerSession admit(String token, PartnerCall call) {
    PartnerSession session =
        sessions
            .use(token)
            .orElseThrow(
                () ->
                    Outcome.SESSION_EXPIRED.failure(
                        token == null
                            ? "Send the session token as header X-EMIS-Session"
                            : "The session has expired or is unknown: log on again"));
    List<Object[]> rows =
        em.createQuery(
                "select o.applicationActive, (select count(d) from SbxEmisDeactivatedCall d"
                    + " where d.organisationId = o.id and d.callName = :call)"
                    + " from SbxEmisOrganisation o where o.id = :id",
                Object[].class)
            .setParameter("call", call.callName())
            .setParameter("id", session.organisationId())
            .getResultList();
    if (rows.isEmpty()) {
      throw Outcome.SESSION_EXPIRED.failure("The session's organisation no longer exists");
    }
    if (!Boolean.TRUE.equals(rows.get(0)[0])) {
      throw Outcome.APPLICATION_DEACTIVATED.failure(
          "The partner application is deactivated in EMAS Manager › Partner API");
    }
    if (((Number) rows.get(0)[1]).longValue() > 0) {
      throw Outcome.API_CALL_DEACTIVATED.failure(
          "The API call "
              + call.callName()
              + " is deactivated: deactivate and then activate the application in EMAS Manager"
              + " › Partner API to reset it");
    }
    return session;
  }
}
