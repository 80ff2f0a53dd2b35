package uk.practiceconnect.platform.control;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This server's own address, for the sandboxes it calls over HTTP in the demo and the tests. The
 * configured URLs name {@code payara.instance.http.port}, which is the <em>configured</em> port:
 * when Payara Micro bound another one ({@code --autoBindHttp}, as the Arquillian container starts
 * it) a loopback URL on that port would reach some other server. Payara Micro's runtime knows the
 * bound port; it is read by reflection (nothing depends on Payara Micro's API) and asked again, at
 * most every two seconds, until it can answer (during start-up it cannot). URLs elsewhere (a real
 * EMIS gateway, real Notify) are never changed.
 */
public final class LocalServer {

  private static final Logger LOG = Logger.getLogger(LocalServer.class.getName());
  private static final long ASK_AGAIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  private static volatile OptionalInt known = OptionalInt.empty();
  private static volatile long lastAsked;
  private static volatile boolean notPayaraMicro;

  private LocalServer() {}

  /** The bound HTTP port, once Payara Micro's runtime can say; empty before (or elsewhere). */
  public static OptionalInt httpPort() {
    OptionalInt port = known;
    if (port.isPresent() || notPayaraMicro) {
      return port;
    }
    long now = System.nanoTime();
    if (lastAsked != 0 && now - lastAsked < ASK_AGAIN_NANOS) {
      return port;
    }
    lastAsked = now;
    port = ask();
    known = port;
    return port;
  }

  /** Whether URLs of this server can be trusted yet: the bound port is known, or need not be. */
  public static boolean addressKnown() {
    return httpPort().isPresent() || notPayaraMicro;
  }

  /** {@code url}, moved to the bound port when it names this server's configured port. */
  public static String follow(String url) {
    try {
      return follow(URI.create(url)).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  public static URI follow(URI uri) {
    return rewrite(uri, configuredPort(), httpPort()).orElse(uri);
  }

  /** The URI to use instead, if {@code uri} is the configured port on a loopback address. */
  static Optional<URI> rewrite(URI uri, OptionalInt configured, OptionalInt bound) {
    if (configured.isEmpty()
        || bound.isEmpty()
        || uri.getPort() != configured.getAsInt()
        || bound.getAsInt() == configured.getAsInt()
        || !isLoopback(uri.getHost())) {
      return Optional.empty();
    }
    String authority = uri.getRawAuthority();
    String moved = authority.substring(0, authority.lastIndexOf(':') + 1) + bound.getAsInt();
    String text = uri.toString();
    int at = text.indexOf("//" + authority) + 2;
    return Optional.of(
        URI.create(text.substring(0, at) + moved + text.substring(at + authority.length())));
  }

  private static boolean isLoopback(String host) {
    return "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
  }

  private static OptionalInt configuredPort() {
    try {
      return ConfigProvider.getConfig()
          .getOptionalValue("payara.instance.http.port", Integer.class)
          .map(OptionalInt::of)
          .orElse(OptionalInt.empty());
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalInt ask() {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    loaders.add(Thread.currentThread().getContextClassLoader());
    loaders.add(LocalServer.class.getClassLoader());
    loaders.add(ClassLoader.getSystemClassLoader());
    boolean found = false;
    for (ClassLoader loader : loaders) {
      if (loader == null) {
        continue;
      }
      try {
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro", false, loader);
        found = true;
        Object instance = micro.getMethod("getInstance").invoke(null);
        Object runtime = micro.getMethod("getRuntime").invoke(instance);
        Object ports = call(call(runtime, "getLocalDescriptor"), "getHttpPorts");
        if (ports instanceof Collection<?> list && !list.isEmpty()) {
          return OptionalInt.of(((Number) list.iterator().next()).intValue());
        }
        if (ports instanceof int[] array && array.length > 0) {
          return OptionalInt.of(array[0]);
        }
      } catch (ClassNotFoundException e) {
        // not visible from this loader: try the next
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        LOG.log(Level.FINE, "Payara Micro cannot say its HTTP port yet: {0}", e.toString());
        return OptionalInt.empty();
      }
    }
    // on another server payara.instance.http.port, if set, is the real port
    notPayaraMicro = !found;
    return OptionalInt.empty();
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
