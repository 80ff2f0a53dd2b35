package uk.practiceconnect.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.ArrayList;
import java.util.List;
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
      List<FormErrors.Item> summary = new ArrayList<>();
      for (FieldError f : e.errors()) {
        String clientId = formId + ":" + f.field();
        faces.addMessage(clientId, error(f.message()));
        UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
        if (field instanceof UIInput input) {
          keepWhatWasTyped(faces, input);
          // marks the input invalid: PrimeFaces then renders it red and with aria-invalid="true"
          input.setValid(false);
        }
        summary.add(new FormErrors.Item(field == null ? formId : clientId, f.message()));
      }
      FormErrors.add(faces, formId, summary);
    }
    faces.validationFailed();
  }

  /**
   * An input marked invalid shows its submitted value; after a model update that passed, Faces has
   * already cleared it, and the field would come back empty beside its error. The value the bean
   * now holds is what was typed (the save failed after reading it), so it is shown again.
   */
  private static void keepWhatWasTyped(FacesContext faces, UIInput input) {
    Object value = input.getValue();
    if (input.getSubmittedValue() != null || value == null) {
      return;
    }
    if (input instanceof UISelectMany) {
      // ticked boxes come back as an array of strings, never one string
      java.util.Collection<?> ticked =
          value instanceof java.util.Collection<?> c
              ? c
              : value instanceof Object[] a ? java.util.Arrays.asList(a) : List.of(value);
      input.setSubmittedValue(ticked.stream().map(String::valueOf).toArray(String[]::new));
      return;
    }
    Converter<Object> converter = converterFor(faces, input, value);
    input.setSubmittedValue(
        converter == null ? String.valueOf(value) : converter.getAsString(faces, input, value));
  }

  @SuppressWarnings("unchecked")
  private static Converter<Object> converterFor(FacesContext faces, UIInput input, Object value) {
    if (input.getConverter() != null) {
      return (Converter<Object>) input.getConverter();
    }
    return (Converter<Object>) faces.getApplication().createConverter(value.getClass());
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
