package uk.practiceconnect.sms.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.sms.control.PracticeNotifyServices;
import uk.practiceconnect.sms.entity.PracticeNotifyServiceView;

/**
 * The "your own GOV.UK Notify service" form of the Feature settings page: save the practice's own
 * service, or go back to the platform's. The API key box is always empty (the key is write-only);
 * as on the other forms, a save over someone else's newer change is refused with a reload message.
 */
@Named
@ViewScoped
public class NotifyServicePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "notifyForm";

  @Inject PracticeNotifyServices services;
  @Inject CurrentPractice current;

  private PracticeNotifyServiceView shown;
  private String apiKey;
  private String templateId;
  private String smsSenderId;

  @PostConstruct
  void init() {
    shown = PracticeNotifyServiceView.platform();
  }

  /** After the practice is known (view action). */
  public void load() {
    if (current.getId() == null) {
      return;
    }
    show(services.view(current.practice()));
  }

  public void save() {
    try {
      show(
          services.change(
              current.caller(),
              current.forChange(),
              apiKey,
              templateId,
              smsSenderId,
              shown.version()));
      FacesErrors.success(
          FORM,
          "Saved. Your practice's texts now go through your own GOV.UK Notify service ("
              + shown.serviceId()
              + ").");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    } finally {
      apiKey = null; // never sent back to the browser
    }
  }

  public void usePlatform() {
    try {
      show(services.remove(current.caller(), current.forChange(), shown.version()));
      FacesErrors.success(
          FORM, "Removed. Your practice's texts go through the platform's service again.");
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  private void show(PracticeNotifyServiceView view) {
    shown = view;
    apiKey = null;
    templateId = view.templateId();
    smsSenderId = view.smsSenderId();
  }

  public boolean isOwnService() {
    return shown.ownService();
  }

  public String getServiceId() {
    return shown.serviceId();
  }

  public Instant getUpdatedAt() {
    return shown.updatedAt();
  }

  public String getUpdatedBy() {
    return shown.updatedBy();
  }

  public String getApiKey() {
    return null;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId;
  }

  public String getSmsSenderId() {
    return smsSenderId;
  }

  public void setSmsSenderId(String smsSenderId) {
    this.smsSenderId = smsSenderId;
  }
}
