package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import uk.practiceconnect.sandbox.emis.entity.Appointment;
import uk.practiceconnect.sandbox.emis.entity.AppointmentSession;
import uk.practiceconnect.sandbox.emis.entity.Clinician;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.Patient;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;
import uk.practiceconnect.sandbox.emis.entity.Slot;
import uk.practiceconnect.sandbox.emis.entity.SlotStatus;
import uk.practiceconnect.sandbox.emis.entity.SlotType;

/**
 * Generates demo appointment books: four clinicians, morning and afternoon sessions on working days
 * (UK time), about a third of the slots booked. Idempotent: days that already have sessions are
 * left alone and patients are topped up to the number asked for, so running it again on every start
 * keeps the books a few weeks ahead without duplicates.
 */
@ApplicationScoped
public class DemoBooks {

  /** How much to generate: days from the first day on, slots per working day, patients in all. */
  public record Request(int days, int slotsPerDay, int patients) {
    public Request {
      if (days < 1 || days > 366) {
        throw SandboxFailure.badRequest("days must be between 1 and 366");
      }
      if (slotsPerDay < 1 || slotsPerDay > DemoTimetable.MAX_SLOTS_PER_DAY) {
        throw SandboxFailure.badRequest(
            "slotsPerDay must be between 1 and " + DemoTimetable.MAX_SLOTS_PER_DAY);
      }
      if (patients < 1 || patients > 100_000) {
        throw SandboxFailure.badRequest("patients must be between 1 and 100000");
      }
    }
  }

  /** What was added (not what exists). */
  public record Result(int sessions, int slots, int patients, int appointments) {}

  private static final int FLUSH_EVERY = 1000;
  private static final List<String> REASONS =
      List.of(
          "Medication review",
          "Blood pressure check",
          "Follow-up",
          "Asthma review",
          "Cough",
          "Back pain",
          "Diabetes review",
          "Skin rash",
          "Vaccination",
          "Blood test");

  @PersistenceContext EntityManager em;
  @Inject BookCatalogue catalogue;
  @Inject Clock clock;

  @Transactional
  public Result generate(Long org, LocalDate firstDay, Request request) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    int newPatients = topUpPatients(org, request.patients(), firstDay);
    List<Long> patientIds =
        em.createQuery(
                "select p.id from SbxEmisPatient p where p.organisationId = :org", Long.class)
            .setParameter("org", org)
            .getResultList();
    List<DemoTimetable.Holder> holders = DemoTimetable.holders();
    List<Long> clinicians =
        holders.stream().map(h -> catalogue.clinician(org, h.name()).id()).toList();
    List<Long> types =
        DemoTimetable.slotTypes().stream().map(t -> catalogue.slotType(org, t).id()).toList();
    Set<LocalDate> taken = daysWithSessions(org, firstDay, firstDay.plusDays(request.days() - 1));
    int sessions = 0;
    int slots = 0;
    int appointments = 0;
    int pending = 0;
    for (int d = 0; d < request.days(); d++) {
      LocalDate day = firstDay.plusDays(d);
      if (taken.contains(day) || !DemoTimetable.isWorkingDay(day)) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(org * 1_000_003L + day.toEpochDay());
      for (DemoTimetable.Block block : DemoTimetable.blocks(day, request.slotsPerDay())) {
        Clinician clinician = em.getReference(Clinician.class, clinicians.get(block.holder()));
        AppointmentSession session =
            new AppointmentSession(
                org,
                clinician,
                day,
                block.start(),
                block.end(),
                BookCatalogue.DEFAULT_SITE,
                block.slotMinutes());
        em.persist(session);
        sessions++;
        for (int i = 0; i < block.slots(); i++) {
          Instant start = block.start().plus(Duration.ofMinutes((long) i * block.slotMinutes()));
          SlotType type =
              em.getReference(
                  SlotType.class, types.get(holders.get(block.holder()).slotTypeFor(i)));
          int roll = random.nextInt(100);
          boolean book = roll < 33 && !patientIds.isEmpty();
          SlotStatus status =
              book
                  ? SlotStatus.BOOKED
                  : roll < 35
                      ? SlotStatus.BLOCKED
                      : roll < 38 ? SlotStatus.EMBARGOED : SlotStatus.FREE;
          Slot slot = new Slot(session, type, start, block.slotMinutes(), status);
          em.persist(slot);
          slots++;
          if (book) {
            Patient patient =
                em.getReference(Patient.class, patientIds.get(random.nextInt(patientIds.size())));
            Instant bookedAt =
                earlier(now, start).minus(Duration.ofMinutes(random.nextInt(60, 21 * 24 * 60)));
            em.persist(
                new Appointment(
                    slot, patient, REASONS.get(random.nextInt(REASONS.size())), bookedAt));
            appointments++;
          }
        }
        pending += block.slots() * 2;
        if (pending >= FLUSH_EVERY) {
          em.flush();
          em.clear();
          pending = 0;
        }
      }
    }
    em.flush();
    em.clear();
    return new Result(sessions, slots, newPatients, appointments);
  }

  private int topUpPatients(Long org, int wanted, LocalDate today) {
    Set<String> existing =
        new HashSet<>(
            em.createQuery(
                    "select p.nhsNumber from SbxEmisPatient p where p.organisationId = :org",
                    String.class)
                .setParameter("org", org)
                .getResultList());
    int missing = wanted - existing.size();
    DemoPeople people = new DemoPeople(new SplittableRandom(org * 7_919L + existing.size()), today);
    for (int i = 0; i < missing; i++) {
      NhsNumber nhs = people.nhsNumber();
      while (!existing.add(nhs.value())) {
        nhs = people.nhsNumber();
      }
      em.persist(new Patient(org, nhs, people.patient()));
      if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    return Math.max(missing, 0);
  }

  private Set<LocalDate> daysWithSessions(Long org, LocalDate from, LocalDate to) {
    return new HashSet<>(
        em.createQuery(
                "select distinct se.date from SbxEmisSession se where se.organisationId = :org"
                    + " and se.date between :from and :to",
                LocalDate.class)
            .setParameter("org", org)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
