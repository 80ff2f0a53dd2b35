package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.practiceconnect.sandbox.emis.entity.Appointment;
import uk.practiceconnect.sandbox.emis.entity.AppointmentSession;
import uk.practiceconnect.sandbox.emis.entity.AppointmentStatus;
import uk.practiceconnect.sandbox.emis.entity.BookViews.AppointmentView;
import uk.practiceconnect.sandbox.emis.entity.BookViews.SessionView;
import uk.practiceconnect.sandbox.emis.entity.BookViews.SlotTypeCount;
import uk.practiceconnect.sandbox.emis.entity.BookViews.SlotView;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;
import uk.practiceconnect.sandbox.emis.entity.Slot;
import uk.practiceconnect.sandbox.emis.entity.SlotStatus;

/** Reading an organisation's appointment book: sessions, slots and appointments. */
@ApplicationScoped
public class AppointmentBook {

  private static final String APPOINTMENT_WITH_ALL =
      "select a from SbxEmisAppointment a join fetch a.slot s join fetch s.session se"
          + " join fetch se.clinician join fetch s.slotType join fetch a.patient"
          + " where a.organisationId = :org ";

  @PersistenceContext EntityManager em;
  @Inject Patients patients;

  /** Sessions on the UK days from..to (both included), with slot counts per slot type. */
  public List<SessionView> sessions(Long org, LocalDate from, LocalDate to, String slotType) {
    List<AppointmentSession> sessions =
        em.createQuery(
                "select se from SbxEmisSession se join fetch se.clinician where se.organisationId"
                    + " = :org and se.date between :from and :to order by se.start, se.id",
                AppointmentSession.class)
            .setParameter("org", org)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<Object[]> counts =
        em.createQuery(
                "select s.session.id, st.name, s.status, count(s) from SbxEmisSlot s join"
                    + " s.slotType st where s.organisationId = :org and s.session.date between"
                    + " :from and :to group by s.session.id, st.name, s.status",
                Object[].class)
            .setParameter("org", org)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<Long, Map<String, int[]>> bySession = new HashMap<>();
    for (Object[] row : counts) {
      if (slotType != null && !slotType.equalsIgnoreCase((String) row[1])) {
        continue;
      }
      int[] c =
          bySession
              .computeIfAbsent((Long) row[0], k -> new TreeMap<>())
              .computeIfAbsent((String) row[1], k -> new int[4]);
      c[((SlotStatus) row[2]).ordinal()] += ((Number) row[3]).intValue();
    }
    List<SessionView> views = new ArrayList<>();
    for (AppointmentSession se : sessions) {
      Map<String, int[]> types = bySession.get(se.id());
      if (slotType != null && types == null) {
        continue;
      }
      List<SlotTypeCount> typeCounts = new ArrayList<>();
      if (types != null) {
        types.forEach((name, c) -> typeCounts.add(count(name, c)));
      }
      views.add(
          new SessionView(
              String.valueOf(se.id()),
              se.date(),
              se.start(),
              se.end(),
              se.site(),
              se.clinician().displayName(),
              se.slotLengthMinutes(),
              typeCounts));
    }
    return views;
  }

  private static SlotTypeCount count(String name, int[] c) {
    int free = c[SlotStatus.FREE.ordinal()];
    int booked = c[SlotStatus.BOOKED.ordinal()];
    int blocked = c[SlotStatus.BLOCKED.ordinal()];
    int embargoed = c[SlotStatus.EMBARGOED.ordinal()];
    return new SlotTypeCount(
        name, free + booked + blocked + embargoed, free, booked, blocked, embargoed);
  }

  public List<SlotView> slotsForSession(Long org, String sessionId) {
    Long id =
        Ids.parse(sessionId)
            .filter(
                s -> {
                  AppointmentSession se = em.find(AppointmentSession.class, s);
                  return se != null && se.organisationId().equals(org);
                })
            .orElseThrow(() -> SandboxFailure.notFound("No appointment session " + sessionId));
    return slotQuery("and s.session.id = :session", org)
        .setParameter("session", id)
        .getResultStream()
        .map(SlotView::of)
        .toList();
  }

  /** Slots starting in [from, to), optionally of one slot type (any case) and one status. */
  public List<SlotView> slots(
      Long org, Instant from, Instant to, String slotType, SlotStatus status) {
    String where =
        "and s.start >= :from and s.start < :to"
            + (slotType == null ? "" : " and lower(st.name) = :type")
            + (status == null ? "" : " and s.status = :status");
    TypedQuery<Slot> q = slotQuery(where, org).setParameter("from", from).setParameter("to", to);
    if (slotType != null) {
      q.setParameter("type", slotType.toLowerCase(Locale.ROOT));
    }
    if (status != null) {
      q.setParameter("status", status);
    }
    return q.getResultStream().map(SlotView::of).toList();
  }

  private TypedQuery<Slot> slotQuery(String where, Long org) {
    return em.createQuery(
            "select s from SbxEmisSlot s join fetch s.session se join fetch se.clinician"
                + " join fetch s.slotType st where s.organisationId = :org "
                + where
                + " order by s.start, s.id",
            Slot.class)
        .setParameter("org", org);
  }

  /** Booked appointments whose slot starts in [from, to): the legacy GetBookedPatients. */
  public List<AppointmentView> bookedAppointments(Long org, Instant from, Instant to) {
    return appointments(org, from, to, true);
  }

  /** Booked and cancelled appointments whose slot starts in [from, to): what EMIS holds. */
  public List<AppointmentView> allAppointments(Long org, Instant from, Instant to) {
    return appointments(org, from, to, false);
  }

  private List<AppointmentView> appointments(Long org, Instant from, Instant to, boolean booked) {
    TypedQuery<Appointment> q =
        em.createQuery(
                APPOINTMENT_WITH_ALL
                    + "and s.start >= :from and s.start < :to"
                    + (booked ? " and a.status = :booked" : "")
                    + " order by s.start, a.id",
                Appointment.class)
            .setParameter("org", org)
            .setParameter("from", from)
            .setParameter("to", to);
    if (booked) {
      q.setParameter("booked", AppointmentStatus.BOOKED);
    }
    return q.getResultStream().map(AppointmentView::of).toList();
  }

  /**
   * A patient's booked appointments starting at or after {@code from}; 14 for an unknown patient.
   */
  public List<AppointmentView> patientAppointments(Long org, NhsNumber nhsNumber, Instant from) {
    Long patient = patients.require(org, nhsNumber).id();
    return em.createQuery(
            APPOINTMENT_WITH_ALL
                + "and a.patient.id = :patient and a.status = :booked and s.start >= :from"
                + " order by s.start, a.id",
            Appointment.class)
        .setParameter("org", org)
        .setParameter("patient", patient)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .setParameter("from", from)
        .getResultStream()
        .map(AppointmentView::of)
        .toList();
  }
}
