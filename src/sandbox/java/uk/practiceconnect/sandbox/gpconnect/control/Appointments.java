package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.sandbox.gpconnect.entity.AppointmentStatus;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SlotHold;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * Appointments booked through the stand-in. A booking holds its slots with rows keyed by provider
 * and slot: of two bookings of one slot at the same moment the database lets exactly one commit
 * (the other's insert fails on the key, on H2 and PostgreSQL alike) and the loser is answered
 * DUPLICATE_REJECTED. Cancelling and amending are conditional updates on the version the consumer
 * read ({@code If-Match}), so a stale version never overwrites a newer one.
 */
@ApplicationScoped
public class Appointments {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public BookedAppointment book(Provider provider, BookingRules.Valid valid, String bookedByOds) {
    List<String> keys =
        valid.slots().stream().map(s -> SlotHold.key(provider.odsCode(), s.id().value())).toList();
    Long held =
        em.createQuery("select count(h) from SbxGpcSlotHold h where h.id in :keys", Long.class)
            .setParameter("keys", keys)
            .getSingleResult();
    if (held > 0) {
      throw SpineError.DUPLICATE_REJECTED.failure("The slot is no longer free");
    }
    DiarySlot first = valid.slots().get(0);
    BookedAppointment appointment =
        new BookedAppointment(
            provider.odsCode(),
            valid.request(),
            first.schedule().id(),
            bookedByOds,
            clock.instant());
    em.persist(appointment);
    em.flush();
    try {
      for (DiarySlot slot : valid.slots()) {
        em.persist(new SlotHold(provider.odsCode(), slot.id().value(), appointment.id()));
      }
      em.flush();
    } catch (PersistenceException e) {
      // another booking took the slot between our read and our insert
      throw SpineError.DUPLICATE_REJECTED.failure("The slot is no longer free");
    }
    return appointment;
  }

  public Optional<BookedAppointment> find(Provider provider, String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(BookedAppointment.class, Long.valueOf(id)))
        .filter(a -> a.providerOds().equals(provider.odsCode()));
  }

  public BookedAppointment require(Provider provider, String id) {
    return find(provider, id)
        .orElseThrow(() -> SpineError.NO_RECORD_FOUND.failure("No appointment with id " + id));
  }

  @Transactional
  public BookedAppointment cancel(Provider provider, String id, int version, String reason) {
    int changed =
        em.createQuery(
                "update SbxGpcAppointment a set a.status = :cancelled, a.cancellationReason ="
                    + " :reason, a.version = a.version + 1, a.lastUpdated = :now where a.id = :id"
                    + " and a.providerOds = :ods and a.version = :version and a.status = :booked")
            .setParameter("cancelled", AppointmentStatus.CANCELLED)
            .setParameter("reason", reason)
            .setParameter("now", clock.instant())
            .setParameter("id", Long.valueOf(id))
            .setParameter("ods", provider.odsCode())
            .setParameter("version", version)
            .setParameter("booked", AppointmentStatus.BOOKED)
            .executeUpdate();
    if (changed != 1) {
      throw changedMeanwhile();
    }
    em.createQuery("delete from SbxGpcSlotHold h where h.appointmentId = :id")
        .setParameter("id", Long.valueOf(id))
        .executeUpdate();
    return reread(id);
  }

  @Transactional
  public BookedAppointment amend(
      Provider provider, String id, int version, ChangeRules.Amendment amendment) {
    int changed =
        em.createQuery(
                "update SbxGpcAppointment a set a.description = :description, a.comment ="
                    + " :comment, a.version = a.version + 1, a.lastUpdated = :now where a.id = :id"
                    + " and a.providerOds = :ods and a.version = :version and a.status = :booked")
            .setParameter("description", amendment.description())
            .setParameter("comment", amendment.comment())
            .setParameter("now", clock.instant())
            .setParameter("id", Long.valueOf(id))
            .setParameter("ods", provider.odsCode())
            .setParameter("version", version)
            .setParameter("booked", AppointmentStatus.BOOKED)
            .executeUpdate();
    if (changed != 1) {
      throw changedMeanwhile();
    }
    return reread(id);
  }

  /** A patient's appointments (booked and cancelled) starting in [from, to). */
  public List<BookedAppointment> forPatient(
      Provider provider, String patientId, Instant from, Instant to) {
    return em.createQuery(
            "select a from SbxGpcAppointment a where a.providerOds = :ods and a.patientId ="
                + " :patient and a.start >= :from and a.start < :to order by a.start, a.id",
            BookedAppointment.class)
        .setParameter("ods", provider.odsCode())
        .setParameter("patient", patientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Every appointment of one provider, newest first (the admin face). */
  public List<BookedAppointment> all(Provider provider) {
    return em.createQuery(
            "select a from SbxGpcAppointment a where a.providerOds = :ods order by a.id desc",
            BookedAppointment.class)
        .setParameter("ods", provider.odsCode())
        .getResultList();
  }

  /** The ids of the provider's slots held by booked appointments. */
  public Set<String> heldSlots(Provider provider) {
    return new HashSet<>(
        em.createQuery("select h from SbxGpcSlotHold h where h.providerOds = :ods", SlotHold.class)
            .setParameter("ods", provider.odsCode())
            .getResultStream()
            .map(SlotHold::slotId)
            .toList());
  }

  /** Forgets every appointment of the provider: its diary is as generated again. */
  @Transactional
  public int reset(Provider provider) {
    em.createQuery("delete from SbxGpcSlotHold h where h.providerOds = :ods")
        .setParameter("ods", provider.odsCode())
        .executeUpdate();
    return em.createQuery("delete from SbxGpcAppointment a where a.providerOds = :ods")
        .setParameter("ods", provider.odsCode())
        .executeUpdate();
  }

  private BookedAppointment reread(String id) {
    em.flush();
    em.clear();
    return em.find(BookedAppointment.class, Long.valueOf(id));
  }

  private static RuntimeException changedMeanwhile() {
    return SpineError.FHIR_CONSTRAINT_VIOLATION.failure(
        "The appointment has changed since the version in If-Match: read it again");
  }
}
