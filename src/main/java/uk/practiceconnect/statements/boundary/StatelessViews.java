package uk.practiceconnect.statements.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The statements' views are transient from the moment they are created. {@code <f:view
 * transient="true">} alone comes too late: PrimeFaces asks for the page's CSP nonce before the view
 * is built and keeps it in the view map of any view not yet transient, which starts a session (a
 * Set-Cookie on a page that promises none).
 */
public class StatelessViews extends ViewHandlerWrapper {

  static final String PREFIX = "/statements/";

  public StatelessViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (viewId != null && viewId.startsWith(PREFIX)) {
      root.setTransient(true);
    }
    return root;
  }
}
