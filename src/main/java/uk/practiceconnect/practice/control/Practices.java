package uk.practiceconnect.practice.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.DatabaseErrors;
import uk.practiceconnect.platform.control.TtlCache;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeContact;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.practice.entity.PracticePhone;

/**
 * Finding practices the caller may see, and adding new ones. A practice the caller may not see is
 * reported as not found, so its existence does not leak.
 */
@ApplicationScoped
public class Practices {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * How long a practice found by its ODS code is kept: every request of the API and the patient
   * pages looks one up, and a change made on another instance of a cluster (its name, its phone
   * number) shows here within a second.
   */
  static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private TtlCache<OdsCode, Practice> byOds;

  @PostConstruct
  void init() {
    byOds = new TtlCache<>(FRESH_FOR, 50_000, clock);
  }

  public List<Practice> visibleTo(Caller caller) {
    if (caller.allPractices()) {
      return em.createNamedQuery(Practice.ALL, Practice.class).getResultList();
    }
    return Optional.ofNullable(em.find(Practice.class, caller.practiceId())).stream().toList();
  }

  public Optional<Practice> find(OdsCode ods) {
    return byOds.get(
        ods,
        o ->
            em.createNamedQuery(Practice.BY_ODS, Practice.class)
                .setParameter("ods", o.value())
                .getResultStream()
                .findFirst());
  }

  /**
   * This instance changed the practice (its route, say): the next look-up by ODS code reads it
   * again here at once; other instances see it within {@code FRESH_FOR}.
   */
  public void forget(OdsCode ods) {
    byOds.invalidate(ods);
  }

  public Optional<Practice> byId(Long id) {
    return Optional.ofNullable(em.find(Practice.class, id));
  }

  /** The practice with this ODS code (as typed in a URL) if the caller may see it. */
  public Practice readable(Caller caller, String rawOds) {
    OdsCode ods;
    try {
      ods = OdsCode.of(rawOds);
    } catch (InvalidValueException e) {
      throw notFound(rawOds);
    }
    return find(ods).filter(p -> caller.canSee(p.id())).orElseThrow(() -> notFound(ods.value()));
  }

  /** A practice admin's own practice (for pages opened without a practice in the address). */
  public Practice ownPractice(Caller caller) {
    if (caller.allPractices()) {
      throw DomainException.notFound("Choose a practice first");
    }
    return byId(caller.practiceId()).orElseThrow(() -> notFound("of yours"));
  }

  /** As {@link #readable}, and the caller may change it. */
  public Practice writable(Caller caller, String rawOds) {
    Practice practice = readable(caller, rawOds);
    if (!caller.canWrite()) {
      throw DomainException.forbidden("This API key may read but not change practice data");
    }
    return practice;
  }

  @Transactional
  public Practice create(Caller caller, String rawOds, String rawName) {
    if (!caller.allPractices() || !caller.canWrite()) {
      throw DomainException.forbidden(
          "Only the support desk (or an all-practices read-write API key) can add practices");
    }
    var v = new Validation();
    OdsCode ods = v.field("odsCode", rawOds, OdsCode::of);
    PracticeName name = v.field("name", rawName, PracticeName::of);
    v.throwIfInvalid();
    if (find(ods).isPresent()) {
      throw alreadyExists(ods);
    }
    Practice practice = new Practice(ods, name, clock.instant());
    try {
      em.persist(practice);
      em.flush();
    } catch (PersistenceException e) {
      if (DatabaseErrors.isUniqueViolation(e)) { // added by someone else since the check above
        throw alreadyExists(ods);
      }
      throw e;
    }
    audit.record(
        caller, practice.id(), ods.value(), "PRACTICE_ADDED", "name", "Added " + name.value());
    return practice;
  }

  /**
   * The practice's phone number and address for patients (both optional: blank clears one). Only a
   * real change is audited, with what it was and what it is now.
   */
  @Transactional
  public Practice changeContact(
      Caller caller, Practice practice, String rawPhone, String rawAddress) {
    var v = new Validation();
    PracticePhone phone =
        rawPhone == null || rawPhone.isBlank()
            ? null
            : v.field("phone", rawPhone, PracticePhone::of);
    String address = v.field("address", rawAddress, Practices::address);
    v.throwIfInvalid();
    Practice p =
        em.find(Practice.class, practice.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    String before = contactLine(p);
    if (p.changeContact(phone, address)) {
      audit.record(
          caller,
          p.id(),
          p.odsCode().value(),
          "PRACTICE_CONTACT_CHANGED",
          "phone, address",
          "From " + before + " to " + contactLine(p));
    }
    return p;
  }

  private static String contactLine(Practice p) {
    return "phone "
        + p.phone().map(PracticePhone::value).orElse("(none)")
        + ", address "
        + p.address().orElse("(none)");
  }

  /** An address on one line (line breaks become commas); blank is none. */
  static String address(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String oneLine = raw.strip().replaceAll("\\s*[\\r\\n]+\\s*", ", ").replaceAll("[ \\t]+", " ");
    Text.maxLength(oneLine, PracticeContact.ADDRESS_MAX_LENGTH, "The address");
    if (Text.hasUnreadableCharacters(oneLine)) {
      throw new InvalidValueException(
          "The address must be plain text, without hidden or direction-changing characters");
    }
    return oneLine;
  }

  private static DomainException alreadyExists(OdsCode ods) {
    String text = "A practice with ODS code " + ods + " already exists";
    return new DomainException(ErrorCode.CONFLICT, text, List.of(new FieldError("odsCode", text)));
  }

  private static DomainException notFound(String ods) {
    return DomainException.notFound("There is no practice " + ods + " that you can see");
  }
}
