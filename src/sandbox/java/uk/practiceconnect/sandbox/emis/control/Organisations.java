package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.EmisOrganisation;
import uk.practiceconnect.sandbox.emis.entity.EmisUser;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * Finding the sandbox's organisations and their users, and creating an organisation on first use.
 */
@ApplicationScoped
public class Organisations {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Optional<EmisOrganisation> find(Cdb cdb) {
    return em.createQuery(
            "select o from SbxEmisOrganisation o where o.cdb = :cdb", EmisOrganisation.class)
        .setParameter("cdb", cdb.value())
        .getResultStream()
        .findFirst();
  }

  public EmisOrganisation require(Cdb cdb) {
    return find(cdb)
        .orElseThrow(
            () ->
                Outcome.ORGANISATION_NOT_FOUND.failure(
                    "No EMIS organisation has the organisation ID " + cdb));
  }

  /** The organisation, created with the partner application active if it is new. */
  @Transactional
  public EmisOrganisation findOrCreate(Cdb cdb, String name) {
    return find(cdb)
        .orElseGet(
            () -> {
              EmisOrganisation created =
                  new EmisOrganisation(
                      cdb, name == null ? "Sandbox organisation " + cdb : name, clock.instant());
              em.persist(created);
              em.flush();
              return created;
            });
  }

  public List<EmisOrganisation> all() {
    return em.createQuery(
            "select o from SbxEmisOrganisation o order by o.cdb", EmisOrganisation.class)
        .getResultList();
  }

  public Optional<EmisUser> user(EmisOrganisation organisation, String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select u from SbxEmisUser u where u.organisation = :org"
                + " and lower(u.username) = :name",
            EmisUser.class)
        .setParameter("org", organisation)
        .setParameter("name", username.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public EmisUser requireUser(EmisOrganisation organisation, String username) {
    return user(organisation, username)
        .orElseThrow(
            () ->
                SandboxFailure.notFound(
                    "Organisation " + organisation.cdb() + " has no user " + username));
  }

  public List<EmisUser> users(EmisOrganisation organisation) {
    return em.createQuery(
            "select u from SbxEmisUser u where u.organisation = :org order by u.username",
            EmisUser.class)
        .setParameter("org", organisation)
        .getResultList();
  }
}
