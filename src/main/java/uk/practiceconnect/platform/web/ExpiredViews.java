package uk.practiceconnect.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A button on a page whose server-side state is gone (a tab left open while many others were
 * opened, a restart, a forged or replayed form) fails with {@link ViewExpiredException}, or with
 * PrimeFaces' CSP check when the form's nonce is not this session's. On an ajax request Faces would
 * answer with an error the browser ignores, so the button seemed to do nothing: the browser is told
 * to load its page again, with {@code expired=true} so the page can say why. A full page request
 * gets 400 and the static "could not be used" page. Either way one line in the log, never a stack
 * trace (a forger must not be able to flood the log). Other failures go on as before.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

  /** Reloads the address the browser shows (it keeps parameters such as {@code ods}). */
  static final String RELOAD =
      "(function(){var u=new URL(window.location.href);u.searchParams.set('expired','true');"
          + "window.location.replace(u.href);})();";

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (!expired(failure) || faces.getResponseComplete()) {
          continue;
        }
        events.remove();
        LOG.info(
            () ->
                "A form came back without its page state (expired, or not ours): answered 400 ("
                    + failure.getClass().getSimpleName()
                    + ")");
        if (faces.getPartialViewContext().isAjaxRequest()) {
          reloadInBrowser(faces);
        } else {
          refuse(faces);
        }
      }
      getWrapped().handle();
    }

    private static void reloadInBrowser(FacesContext faces) {
      ExternalContext ext = faces.getExternalContext();
      try {
        ext.setResponseContentType("text/xml");
        ext.setResponseCharacterEncoding("UTF-8");
        ext.addResponseHeader("Cache-Control", "no-store");
        PartialResponseWriter writer = faces.getPartialViewContext().getPartialResponseWriter();
        writer.startDocument();
        writer.startEval();
        writer.write(RELOAD);
        writer.endEval();
        writer.endDocument();
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }

    private static void refuse(FacesContext faces) {
      try {
        faces.getExternalContext().responseSendError(400, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }

    private static boolean expired(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException || t instanceof CspException) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return false;
    }
  }
}
