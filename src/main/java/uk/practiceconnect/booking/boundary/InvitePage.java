package uk.practiceconnect.booking.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.booking.entity.BookingSettingsView;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/**
 * The Invite page: text one patient (NHS number and mobile) or a pasted list a link to book one
 * kind of appointment, and see what was sent: sent, used or expired.
 */
@Named
@ViewScoped
public class InvitePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** In place of the NHS number and mobile of an invitation retention has emptied. */
  static final String REMOVED = "removed";

  static final String FORM = "inviteForm";

  /** A row of the sent invitations: only masked identifiers. */
  public record Row(
      Instant createdAt,
      String nhs,
      String mobile,
      String slotType,
      String clinicians,
      String status,
      Instant expiresAt,
      String createdBy)
      implements Serializable {}

  @Inject Invitations invitations;
  @Inject BookingSettingsService settings;
  @Inject Clock clock;
  @Inject CurrentPractice current;

  private String mode = "one";
  private String nhsNumber;
  private String mobile;
  private String list;
  private String slotType;
  private List<String> clinicians = new ArrayList<>();
  private List<BookingSettingsView.SlotTypeView> types = List.of();
  private List<Row> rows = List.of();
  private String bookingClosed;

  public void load() {
    if (current.getId() == null) {
      return;
    }
    BookingSettingsView view = settings.view(current.practice());
    types = view.slotTypes();
    bookingClosed =
        view.rule().enabled()
            ? null
            : "Online booking is switched off, so invitation links do not work: a patient who"
                + " opens one is told to phone the practice. Switch it on at Online booking"
                + " before you send invitations.";
    if (slotType == null && !types.isEmpty()) {
      slotType = types.get(0).name();
    }
    refresh();
  }

  private void refresh() {
    Instant now = clock.instant();
    rows =
        invitations.list(current.practice(), 200).stream()
            .map(
                i ->
                    new Row(
                        i.createdAt(),
                        i.detailsRemoved() ? REMOVED : i.nhsNumber().masked(),
                        i.detailsRemoved() ? REMOVED : i.mobile().masked(),
                        i.slotType().value(),
                        String.join(", ", i.clinicians()),
                        label(i.statusAt(now)),
                        i.expiresAt(),
                        i.createdBy()))
            .toList();
  }

  private static String label(Invitation.Status s) {
    return switch (s) {
      case SENT -> "Sent";
      case USED -> "Used";
      case EXPIRED -> "Expired";
    };
  }

  public void send() {
    try {
      var v = new Validation();
      SlotType type = v.field("slotType", slotType, SlotType::of);
      List<Invitations.Invitee> invitees = new ArrayList<>();
      if ("list".equals(mode)) {
        invitees.addAll(Invitations.parseList(list, v, "list"));
      } else {
        NhsNumber nhs = v.field("nhsNumber", nhsNumber, NhsNumber::of);
        MobileNumber to = v.field("mobile", mobile, MobileNumber::of);
        if (nhs != null && to != null) {
          invitees.add(new Invitations.Invitee(nhs, to));
        }
      }
      v.throwIfInvalid();
      Set<String> chosen = new TreeSet<>(clinicians == null ? List.of() : clinicians);
      int sent =
          invitations.send(current.caller(), current.forChange(), invitees, type, chosen).size();
      FacesErrors.success(
          FORM, sent + (sent == 1 ? " invitation" : " invitations") + " sent by text.");
      nhsNumber = null;
      mobile = null;
      list = null;
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /** The clinicians seen with the chosen slot type (for the optional clinician choice). */
  public List<String> getKnownClinicians() {
    return types.stream()
        .filter(t -> t.name().equalsIgnoreCase(slotType == null ? "" : slotType))
        .findFirst()
        .map(BookingSettingsView.SlotTypeView::knownClinicians)
        .orElse(List.of());
  }

  public List<String> getTypeNames() {
    return types.stream().map(BookingSettingsView.SlotTypeView::name).toList();
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public String getSlotType() {
    return slotType;
  }

  public void setSlotType(String slotType) {
    this.slotType = slotType;
  }

  public List<String> getClinicians() {
    return clinicians;
  }

  public void setClinicians(List<String> clinicians) {
    this.clinicians = clinicians;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Why invitation links would not work now (online booking off), or null. */
  public String getBookingClosed() {
    return bookingClosed;
  }
}
