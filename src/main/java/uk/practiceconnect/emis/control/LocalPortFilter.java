package uk.practiceconnect.emis.control;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import uk.practiceconnect.platform.control.LocalServer;

/**
 * Keeps calls to the sandbox in this same server on this server. The default base URL names {@code
 * payara.instance.http.port}, the configured port; when Payara Micro bound another one ({@code
 * --autoBindHttp}), a call to that port on the loopback address is sent to the bound port instead.
 * Any other base URL (a real gateway, another host or port) is left alone (see {@link
 * LocalServer}).
 */
public class LocalPortFilter implements ClientRequestFilter {

  private static final Logger LOG = Logger.getLogger(LocalPortFilter.class.getName());
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public void filter(ClientRequestContext request) {
    URI uri = request.getUri();
    URI to = LocalServer.follow(uri);
    if (!to.equals(uri)) {
      if (TOLD.compareAndSet(false, true)) {
        LOG.info(
            () ->
                "EMIS partner API: this server listens on "
                    + to.getPort()
                    + ", not on the configured port "
                    + uri.getPort()
                    + "; calling the sandbox there");
      }
      request.setUri(to);
    }
  }
}
