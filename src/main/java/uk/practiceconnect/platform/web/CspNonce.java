package uk.practiceconnect.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * This response's Content-Security-Policy nonce, for forms on pages that load no PrimeFaces script
 * (the patient pages work without JavaScript): PrimeFaces checks that a form posted back carries
 * the nonce of the page it came from, and its script, which adds it elsewhere, is not there.
 */
@Named
@RequestScoped
public class CspNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
