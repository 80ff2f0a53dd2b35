package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.InvitationToken;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * Invitation links: a practice invites one patient, or a pasted list of them, to book one kind of
 * appointment online. Each link is texted through the outbox in the same transaction that stores
 * it, works once, and expires.
 */
@ApplicationScoped
public class Invitations {

  public static final int MAX_PER_BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject SmsOutbox outbox;
  @Inject BookingTexts texts;
  @Inject BookingConfig config;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** One person to invite, as typed. */
  public record Invitee(NhsNumber nhsNumber, MobileNumber mobile) {}

  /**
   * Reads "nhs,mobile" lines (spaces allowed; a header line and blank lines are skipped). All or
   * nothing: one bad line is reported by number and nothing is sent, so a corrected paste sends no
   * one twice.
   */
  public static List<Invitee> parseList(String pasted, Validation v, String field) {
    List<Invitee> out = new ArrayList<>();
    if (pasted == null || pasted.isBlank()) {
      v.reject(field, "Paste at least one line: NHS number, mobile number");
      return out;
    }
    String[] lines = pasted.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("nhs"))) {
        continue;
      }
      String[] parts = line.split("[,;\\t]");
      if (parts.length != 2) {
        v.reject(
            field, "Line " + (i + 1) + ": write the NHS number, a comma, then the mobile number");
        continue;
      }
      Validation one = new Validation();
      NhsNumber nhs = one.field(field, parts[0], NhsNumber::of);
      MobileNumber mobile = one.field(field, parts[1], MobileNumber::of);
      if (nhs == null) {
        v.reject(field, "Line " + (i + 1) + ": the NHS number is not valid");
      } else if (mobile == null) {
        v.reject(field, "Line " + (i + 1) + ": the mobile number is not a UK mobile");
      } else {
        out.add(new Invitee(nhs, mobile));
      }
    }
    if (out.size() > MAX_PER_BATCH) {
      v.reject(field, "At most " + MAX_PER_BATCH + " invitations at a time");
    }
    return out;
  }

  @Transactional
  public List<Invitation> send(
      Caller caller,
      Practice practice,
      List<Invitee> invitees,
      SlotType type,
      Set<String> clinicians) {
    Instant now = clock.instant();
    Instant expires = now.plus(config.invitationLifetime());
    List<Invitation> sent = new ArrayList<>();
    for (Invitee who : invitees) {
      InvitationToken token = InvitationToken.generate();
      Invitation inv =
          new Invitation(
              practice.id(),
              token,
              who.nhsNumber(),
              who.mobile(),
              type,
              new TreeSet<>(clinicians),
              caller.name(),
              now,
              expires);
      em.persist(inv);
      em.flush();
      outbox.enqueue(
          practice.id(),
          who.mobile(),
          texts.invitation(
              practice.name().value(), type.value(), texts.invitationLink(token), expires),
          SmsPurpose.BOOKING_INVITATION,
          "booking-invitation:" + inv.id());
      sent.add(inv);
    }
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "BOOKING_INVITATIONS_SENT",
        "invitations",
        sent.size()
            + (sent.size() == 1 ? " invitation" : " invitations")
            + " to book "
            + type
            + (clinicians.isEmpty() ? "" : " with " + String.join(", ", new TreeSet<>(clinicians)))
            + ", valid until "
            + BookingTexts.WHEN.format(expires));
    return sent;
  }

  public List<Invitation> list(Practice practice, int max) {
    return em.createNamedQuery(Invitation.OF_PRACTICE, Invitation.class)
        .setParameter("practice", practice.id())
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Invitation> byId(Long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  public Optional<Invitation> open(InvitationToken token) {
    return em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class)
        .setParameter("hash", token.hash())
        .getResultStream()
        .findFirst();
  }
}
