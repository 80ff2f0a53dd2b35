package uk.practiceconnect.booking.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * What the landing step hands to the rest of a patient's journey, kept in the patient's session
 * under the address they are on: where the journey started, what they typed, and (once EMIS matched
 * them) who they are. The landing page itself keeps nothing and creates no session; the session
 * begins when a patient has proved who they are (or has typed something and gone back to it).
 *
 * @param identified the matched patient, or null after "Back" to the first step
 */
record JourneyHandOver(JourneyStart start, PatientForm form, IdentifiedPatient identified)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PREFIX = "pc.booking.journey:";

  /** The session key for the address this request came in on ({@code /book/A81001} or invite). */
  static String key(HttpServletRequest request) {
    Object invite = request.getAttribute(PatientLinks.INVITE);
    return PREFIX
        + (invite != null ? "invite/" + invite : "ods/" + request.getAttribute(PatientLinks.ODS));
  }

  /** The hand-over for this address, if the patient has a session and one is kept in it. */
  static Optional<JourneyHandOver> find(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((JourneyHandOver) session.getAttribute(key(request)));
  }

  /** Whether the patient on this address has proved who they are and may choose a time. */
  static boolean identified(HttpServletRequest request) {
    return find(request).map(h -> h.identified() != null).orElse(false);
  }

  void keep(HttpServletRequest request) {
    request.getSession(true).setAttribute(key(request), this);
  }

  /** Back to the first step: what was typed stays, the match is forgotten. */
  static void forgetMatch(HttpServletRequest request) {
    find(request).ifPresent(h -> new JourneyHandOver(h.start, h.form, null).keep(request));
  }

  static void clear(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(key(request));
    }
  }
}
