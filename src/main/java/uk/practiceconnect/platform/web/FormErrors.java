package uk.practiceconnect.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field errors of a staff form this request, for its error summary ("There is a problem", a
 * link to each field): {@code #{formErrors.of('myForm')}} in {@code form-messages.xhtml}.
 */
@Named
@RequestScoped
public class FormErrors {

  /** One line of the summary: the message, and the id of the field it links to. */
  public record Item(String target, String message) {}

  private static final String KEY = FormErrors.class.getName();

  static void add(FacesContext faces, String formId, List<Item> items) {
    all(faces).put(formId, List.copyOf(items));
  }

  public List<Item> of(String formId) {
    return all(FacesContext.getCurrentInstance()).getOrDefault(formId, List.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Item>> all(FacesContext faces) {
    return (Map<String, List<Item>>)
        faces.getAttributes().computeIfAbsent(KEY, k -> new HashMap<String, List<Item>>());
  }
}
