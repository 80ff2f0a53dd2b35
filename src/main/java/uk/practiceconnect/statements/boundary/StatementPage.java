package uk.practiceconnect.statements.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.PracticeContact;
import uk.practiceconnect.retention.control.RetentionJobs;
import uk.practiceconnect.retention.entity.RetentionKind;

/**
 * What the statements fill in: the practice they were opened from ({@code ?practice=A81001}; none
 * for a missing or unknown code, and they then speak of "your GP practice") and, for the privacy
 * notice, the retention periods as configured, so it says what the retention job really does.
 */
@Named
@RequestScoped
public class StatementPage {

  @Inject HttpServletRequest request;
  @Inject Practices practices;
  @Inject RetentionJobs retention;

  private Optional<PracticeContact> contact;

  /** The practice named in the address, or none. */
  public PracticeContact getContact() {
    if (contact == null) {
      contact = find(request.getParameter("practice"));
    }
    return contact.orElse(null);
  }

  /** "Riverside Surgery", or "your GP practice" when the notice does not know which. */
  public String getPracticeName() {
    PracticeContact c = getContact();
    return c == null ? "your GP practice" : c.name();
  }

  /** A kind's configured period in words: "30 days", "2 years". */
  public String period(String kind) {
    long days = retention.policy().period(RetentionKind.valueOf(kind)).toDays();
    return Periods.inWords(days);
  }

  private Optional<PracticeContact> find(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 10) {
      return Optional.empty();
    }
    try {
      return practices
          .find(OdsCode.of(raw))
          // the lookup by code is cached; the phone number is read fresh
          .flatMap(p -> practices.byId(p.id()))
          .map(PracticeContact::of);
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
