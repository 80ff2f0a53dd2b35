package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.EmisOrganisation;
import uk.practiceconnect.sandbox.emis.entity.EmisUser;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

/** The partner's Logon: the checks in EMIS order, then a new session. */
@ApplicationScoped
public class Logons {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject Organisations organisations;
  @Inject EmasManager emas;
  @Inject PartnerSessions sessions;
  @Inject Clock clock;

  @Transactional
  public PartnerSession logon(Cdb cdb, LogonPolicy.Attempt attempt) {
    EmisOrganisation org = organisations.find(cdb).orElse(null);
    EmisUser user = org == null ? null : organisations.user(org, attempt.username()).orElse(null);
    LocalDate today = LocalDate.now(clock.withZone(UK));
    LogonPolicy.firstFailure(attempt, org, user, emas.applicationId(), today)
        .ifPresent(
            failure -> {
              throw failure;
            });
    return sessions.open(org.id(), cdb, user.username(), user.rbacRole(), user.loginAccess());
  }

  public void logout(String token) {
    sessions.close(token);
  }
}
