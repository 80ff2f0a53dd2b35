package uk.practiceconnect.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.FieldError;

/**
 * Shows the one error vocabulary on pages: each field message next to its field ({@code
 * form:field}) and a summary at the top of the form (key {@code form}, shown by {@code <p:messages
 * for="form" forType="key">}). The texts are the same the REST API returns.
 */
public final class FacesErrors {

  private FacesErrors() {}

  public static void show(DomainException e, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e.errors().isEmpty()) {
      faces.addMessage(formId, error(e.getMessage()));
    } else {
      faces.addMessage(
          formId,
          error(
              e.errors().size() == 1
                  ? "There is a problem: " + e.errors().get(0).message()
                  : "There are " + e.errors().size() + " problems: see the fields below"));
      for (FieldError f : e.errors()) {
        String clientId = formId + ":" + f.field();
        faces.addMessage(clientId, error(f.message()));
        // marks the input invalid: PrimeFaces then renders it red and with aria-invalid="true"
        if (faces.getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
          input.setValid(false);
        }
      }
    }
    faces.validationFailed();
  }

  public static void success(String formId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void warn(String formId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }
}
