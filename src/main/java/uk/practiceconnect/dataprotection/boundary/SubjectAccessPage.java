package uk.practiceconnect.dataprotection.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.practiceconnect.dataprotection.control.SubjectAccess;
import uk.practiceconnect.dataprotection.entity.DataSubject;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.dataprotection.entity.ErasureRequest;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.dataprotection.entity.SubjectCsv;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The support desk's Subject access page: a practice and one patient's NHS number or mobile; what
 * is held about them (counts and rows), downloads of it as JSON and CSV, and erasure with the
 * practice's reason and who decided. The same checks and messages as the REST API.
 */
@Named
@ViewScoped
public class SubjectAccessPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "subjectForm";
  static final String PRACTICE_FIELD = "practice";

  @Inject SubjectAccess access;
  @Inject Practices practices;
  @Inject CurrentCaller caller;

  private String ods;
  private String nhsNumber;
  private String mobile;
  private String reason;
  private String decidedBy;
  private HeldView held;

  /** A practice to choose, "Riverside Surgery (A81001)". */
  public record Choice(String ods, String label) {}

  public List<Choice> getPractices() {
    return practices.visibleTo(caller.get()).stream()
        .map(
            p ->
                new Choice(
                    p.odsCode().value(), p.name().value() + " (" + p.odsCode().value() + ")"))
        .toList();
  }

  public void lookUp() {
    held = null;
    try {
      HeldData data = find("looked up on the Subject access page");
      held = new HeldView(data);
      FacesErrors.success(
          FORM,
          data.total() == 0
              ? "Nothing is held about this patient at " + data.practiceName() + "."
              : data.total()
                  + (data.total() == 1 ? " row is" : " rows are")
                  + " held about this patient at "
                  + data.practiceName()
                  + ": see below.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void downloadJson() throws IOException {
    download(
        "exported as JSON", "application/json", "json", data -> SubjectJson.of(data).toString());
  }

  public void downloadCsv() throws IOException {
    download("exported as CSV", "text/csv", "csv", SubjectCsv::of);
  }

  public void erase() {
    try {
      Practice practice = practice();
      ErasureRequest request = ErasureRequest.parse(nhsNumber, mobile, reason, decidedBy);
      Erased erased = access.erase(caller.get(), practice, request);
      held = null;
      reason = null;
      decidedBy = null;
      FacesErrors.success(
          FORM,
          "Erased at "
              + practice.name().value()
              + ": "
              + erased.describe()
              + "."
              + (erased.optOutKept()
                  ? " The patient's request for no more reminders is kept, as it must be."
                  : "")
              + " The audit trail records who did it, when and why, but not whose data it was.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  private void download(
      String how, String type, String extension, java.util.function.Function<HeldData, String> body)
      throws IOException {
    HeldData data;
    try {
      data = find(how);
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType(type + "; charset=UTF-8");
    ec.setResponseHeader("Cache-Control", "no-store");
    ec.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"subject-access-" + data.odsCode() + "." + extension + "\"");
    // bytes, not the response's writer: the file is sent exactly as made (CRLF line ends included)
    ec.getResponseOutputStream().write(body.apply(data).getBytes(StandardCharsets.UTF_8));
    faces.responseComplete();
  }

  private HeldData find(String how) {
    Practice practice = practice();
    DataSubject subject = DataSubject.parse(nhsNumber, mobile);
    return access.export(caller.get(), practice, subject, how);
  }

  private Practice practice() {
    if (ods == null || ods.isBlank()) {
      throw DomainException.invalid(PRACTICE_FIELD, "Choose the practice that asked");
    }
    try {
      return practices.readable(caller.get(), ods);
    } catch (DomainException e) {
      throw DomainException.invalid(PRACTICE_FIELD, "Choose the practice that asked");
    }
  }

  public HeldView getHeld() {
    return held;
  }

  public String getOds() {
    return ods;
  }

  public void setOds(String ods) {
    this.ods = ods;
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public int getMaxReason() {
    return uk.practiceconnect.dataprotection.entity.ErasureDecision.MAX_REASON;
  }

  public int getMaxDecidedBy() {
    return uk.practiceconnect.dataprotection.entity.ErasureDecision.MAX_DECIDED_BY;
  }
}
