package uk.practiceconnect.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The public pages that keep nothing between requests — the privacy notice, the accessibility
 * statement and the booking's first step — are transient views from the moment they are created, so
 * they never start a session. {@code <f:view transient="true">} alone comes too late: PrimeFaces
 * asks for the page's CSP nonce before the view is built and keeps it in the view map of any view
 * not yet transient, which starts a session (a Set-Cookie on a page that promises none).
 */
public class StatelessViews extends ViewHandlerWrapper {

  /** The statements, and "Confirm who you are" (booking.boundary.PatientLanding). */
  static boolean isStateless(String viewId) {
    return viewId != null
        && (viewId.startsWith("/statements/") || viewId.equals("/booking/start.xhtml"));
  }

  public StatelessViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isStateless(viewId)) {
      root.setTransient(true);
    }
    return root;
  }
}
