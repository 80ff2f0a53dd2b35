package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.reminders.entity.OptOut;
import uk.practiceconnect.reminders.entity.PatientKey;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderStatus;

/**
 * Patients who asked a practice for no more reminders; honoured by planning and by the hand-over.
 * An opt-out is kept by a hash of the NHS number and by one of the mobile number the reminder went
 * to, so it holds for a patient EMIS has no NHS number for, and for the phone's owner.
 */
@ApplicationScoped
public class OptOuts {

  @PersistenceContext EntityManager em;
  @Inject TextWithdrawal withdrawal;

  /** Every key (NHS number or mobile) that opted out at the practice. */
  public Set<PatientKey> of(Long practiceId) {
    Set<PatientKey> keys = new HashSet<>();
    em.createQuery("select o.nhsHash from OptOut o where o.practiceId = :p", String.class)
        .setParameter("p", practiceId)
        .getResultList()
        .forEach(h -> keys.add(new PatientKey(h)));
    return keys;
  }

  public boolean has(Long practiceId, PatientKey key) {
    return em.find(OptOut.class, new OptOut.Key(practiceId, key.hash())) != null;
  }

  /** Whether the reminder's patient (by NHS number) or phone opted out. */
  public boolean has(Reminder r) {
    return r.patient().map(k -> has(r.practiceId(), k)).orElse(false)
        || r.mobile()
            .map(m -> has(r.practiceId(), PatientKey.ofMobile(r.practiceId(), m)))
            .orElse(false);
  }

  /**
   * Forgets the opt-outs of this NHS number or mobile at the practice, and those kept under the
   * other number of each reminder that went to it (the mobile of the NHS number's reminders, the
   * NHS numbers of the mobile's), so the patient who asked is planned again at the next run.
   * Returns how many keys were forgotten (0: nothing was stopped under that number).
   */
  @Transactional(TxType.MANDATORY)
  public int remove(Long practiceId, Optional<NhsNumber> nhs, Optional<MobileNumber> mobile) {
    Set<String> hashes = new HashSet<>();
    nhs.map(n -> PatientKey.of(practiceId, n))
        .ifPresent(
            k -> {
              hashes.add(k.hash());
              em.createQuery(
                      "select distinct r.mobile from Reminder r where r.practiceId = :p"
                          + " and r.nhsHash = :h and r.mobile is not null",
                      String.class)
                  .setParameter("p", practiceId)
                  .setParameter("h", k.hash())
                  .getResultList()
                  .forEach(
                      m -> hashes.add(PatientKey.ofMobile(practiceId, new MobileNumber(m)).hash()));
            });
    mobile.ifPresent(
        m -> {
          hashes.add(PatientKey.ofMobile(practiceId, m).hash());
          hashes.addAll(
              em.createQuery(
                      "select distinct r.nhsHash from Reminder r where r.practiceId = :p"
                          + " and r.mobile = :m and r.nhsHash is not null",
                      String.class)
                  .setParameter("p", practiceId)
                  .setParameter("m", m.value())
                  .getResultList());
        });
    if (hashes.isEmpty()) {
      return 0;
    }
    return em.createQuery("delete from OptOut o where o.practiceId = :p and o.nhsHash in :h")
        .setParameter("p", practiceId)
        .setParameter("h", hashes)
        .executeUpdate();
  }

  /**
   * Records the opt-out (once per key) and stops every reminder still to go to the patient or the
   * phone at the practice: planned ones are not sent, and texts waiting in the outbox are
   * withdrawn. Returns false when nothing was recorded (opted out already, or no key at all).
   */
  @Transactional(TxType.MANDATORY)
  public boolean add(
      Long practiceId,
      Optional<PatientKey> patient,
      Optional<MobileNumber> mobile,
      OptOut.Source source,
      Instant now) {
    boolean added = false;
    if (patient.isPresent() && !has(practiceId, patient.get())) {
      em.persist(new OptOut(practiceId, patient.get(), OptOut.KeyKind.NHS_NUMBER, source, now));
      added = true;
    }
    Optional<PatientKey> phone = mobile.map(m -> PatientKey.ofMobile(practiceId, m));
    if (phone.isPresent() && !has(practiceId, phone.get())) {
      em.persist(new OptOut(practiceId, phone.get(), OptOut.KeyKind.MOBILE, source, now));
      added = true;
    }
    if (patient.isEmpty() && mobile.isEmpty()) {
      return false;
    }
    String hash = patient.map(PatientKey::hash).orElse(null);
    String number = mobile.map(MobileNumber::value).orElse(null);
    em.createQuery(
            "update Reminder r set r.status = :notPlanned, r.reason = :optedOut,"
                + " r.dateOfBirth = null, r.updatedAt = :now, r.version = r.version + 1"
                + " where r.practiceId = :p and r.status = :planned"
                + " and (r.nhsHash = :h or r.mobile = :m)")
        .setParameter("notPlanned", ReminderStatus.NOT_PLANNED)
        .setParameter("optedOut", ReminderReason.OPTED_OUT)
        .setParameter("now", now)
        .setParameter("p", practiceId)
        .setParameter("h", hash)
        .setParameter("m", number)
        .setParameter("planned", ReminderStatus.PLANNED)
        .executeUpdate();
    List<Reminder> handedOver =
        new ArrayList<>(
            em.createQuery(
                    "select r from Reminder r where r.practiceId = :p and r.status = :queued"
                        + " and r.appointmentStart > :now and (r.nhsHash = :h or r.mobile = :m)",
                    Reminder.class)
                .setParameter("p", practiceId)
                .setParameter("queued", ReminderStatus.QUEUED)
                .setParameter("now", now)
                .setParameter("h", hash)
                .setParameter("m", number)
                .getResultList());
    handedOver.forEach(
        r -> withdrawal.withdraw(r, ReminderStatus.NOT_PLANNED, ReminderReason.OPTED_OUT, now));
    return added;
  }
}
