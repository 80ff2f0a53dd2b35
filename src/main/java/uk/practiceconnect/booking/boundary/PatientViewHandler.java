package uk.practiceconnect.booking.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the patient pages post back to the address the patient opened ({@code /book/A81001}),
 * not to the view behind it, so the address never changes to {@code /booking/book.xhtml}. (The
 * first step, {@code /booking/start.xhtml}, is a stateless view: see {@code StatelessViews}.)
 */
public class PatientViewHandler extends ViewHandlerWrapper {

  public PatientViewHandler(ViewHandler wrapped) {
    super(wrapped);
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
