package uk.practiceconnect.booking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.IdentityCheck;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.web.ClientAddresses;
import uk.practiceconnect.platform.web.SameOrigin;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.PracticeContact;

/**
 * The first page a patient opens ({@code /book/{ods}} or {@code /book/invite/{token}}): "Confirm
 * who you are", or why they cannot book here. It is a stateless view on a request-scoped bean, so
 * the thousands who open the link in a text and go no further cost no session and no memory; only
 * when EMIS has matched the patient is a session begun and the journey handed on ({@link
 * JourneyHandOver}) to {@link PatientJourney} on the same address.
 */
@Named
@RequestScoped
public class PatientLanding {

  @Inject Practices practices;
  @Inject BookingSettingsService settings;
  @Inject IdentityCheck identity;
  @Inject Invitations invitations;
  @Inject ClientAddresses addresses;
  @Inject Clock clock;

  private final PatientErrors errors = new PatientErrors();
  private PatientForm form = new PatientForm();
  private JourneyStart start;
  private PracticeContact contact;
  private String notice;

  @PostConstruct
  void init() {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    start =
        JourneyStart.resolve(
            ext.getRequestMap(), practices, invitations, settings, clock.instant());
    contact =
        start.practiceId() == null
            ? null
            : practices.byId(start.practiceId()).map(PracticeContact::of).orElse(null);
    if (start.step() == JourneyStep.NOT_FOUND) {
      // an address that leads nowhere says so to people, browsers and crawlers alike
      ext.setResponseStatus(404);
      return;
    }
    // back from choosing a time: what the patient typed is still there
    JourneyHandOver.find(request()).ifPresent(h -> form = h.form());
    if (start.step() == JourneyStep.IDENTIFY
        && ext.getRequestParameterMap().containsKey("expired")) {
      notice = "You were inactive for a while, so we have started again.";
    }
  }

  /** "Continue": checks what was typed, asks EMIS, and on a match goes on to choosing a time. */
  public void identify() {
    errors.clear();
    notice = null;
    if (start.step() != JourneyStep.IDENTIFY) {
      return;
    }
    HttpServletRequest request = request();
    if (!SameOrigin.isSameOrigin(request)) {
      // no session to protect yet, but nobody else's page may check identities in this browser
      errors.add(null, "continue", "Something went wrong. Please open the booking link again.");
      return;
    }
    NhsNumber invitedNhs = start.isInvited() ? start.invitation(invitations).nhsNumber() : null;
    IdentifiedPatient identified;
    try {
      identified =
          IdentifiedPatient.check(
              form,
              LocalDate.now(clock.withZone(UkTime.ZONE)),
              invitedNhs,
              (nhs, dob, surname) ->
                  identity.verify(
                      start.practice(practices), nhs, dob, surname, addresses.of(request)));
    } catch (DomainException e) {
      JourneyProblems.show(errors, e, start.isInvited() ? "dobDay" : "nhsNumber");
      return;
    }
    new JourneyHandOver(start, form, identified).keep(request);
    try {
      // Post/Redirect/Get: the journey goes on, on the same address, with the session just begun
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(PatientLinks.address(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public JourneyStep getStep() {
    return start.step();
  }

  public boolean isInvited() {
    return start.isInvited();
  }

  public String getInvitedFor() {
    return start.invitedFor();
  }

  public String getPracticeName() {
    return start.practiceName();
  }

  public String getClosedMessage() {
    return start.closedMessage();
  }

  public PracticeContact getContact() {
    return contact;
  }

  public String getNotice() {
    return notice;
  }

  public PatientForm getForm() {
    return form;
  }

  public PatientErrors getErrors() {
    return errors;
  }
}
