package uk.practiceconnect.booking.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the patient pages post back to the address the patient opened ({@code /book/A81001}),
 * not to the view behind it, so the address never changes to {@code /booking/book.xhtml}. And the
 * booking's first step is stateless from the moment its view is created: the template says so too,
 * but only once the page is being built, after PrimeFaces has asked the view for a place (in the
 * session) to keep its script nonce.
 */
public class PatientViewHandler extends ViewHandlerWrapper {

  public PatientViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && PatientLinks.START_VIEW.equals(viewId)) {
      root.setTransient(true);
    }
    return root;
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith("/booking/")) {
      Object original =
          context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
      if (original instanceof String uri && uri.contains("/book/")) {
        return uri;
      }
    }
    return super.getActionURL(context, viewId);
  }
}
