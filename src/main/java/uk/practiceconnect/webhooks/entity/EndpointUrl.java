package uk.practiceconnect.webhooks.entity;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * Where a practice's events go: an HTTPS address on the public internet. Plain HTTP only to this
 * machine (loopback), and loopback at all only where {@code webhooks.allow-http-loopback} is on
 * (the demo and the tests). Addresses inside a network (private, link-local, carrier-grade NAT,
 * unique-local IPv6) are refused, so nobody can make us post to our own infrastructure. The host is
 * looked up when the endpoint is registered and again before every delivery.
 */
public record EndpointUrl(URI uri) {

  public static final int MAX_LENGTH = 500;

  /** Looks a host up; {@code InetAddress::getAllByName} in production, a fixed table in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public static final Resolver DNS = InetAddress::getAllByName;

  public static EndpointUrl of(String raw, boolean allowLoopback, Resolver resolver) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("Give the address (URL) that should receive the events");
    }
    String s = raw.strip();
    if (s.length() > MAX_LENGTH) {
      throw new InvalidValueException("The address is at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("The address is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new InvalidValueException("The address must start with https://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new InvalidValueException(
          "The address must be https://host/path, without a user name or a #fragment");
    }
    EndpointUrl url = new EndpointUrl(uri);
    List<InetAddress> addresses = url.addresses(resolver);
    boolean loopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
    if (scheme.equals("http") && !(loopback && allowLoopback)) {
      throw new InvalidValueException("The address must start with https:// (events are private)");
    }
    url.checkReachable(addresses, allowLoopback);
    return url;
  }

  /** Before each delivery: the host may since point somewhere it must not. */
  public void recheck(boolean allowLoopback, Resolver resolver) {
    checkReachable(addresses(resolver), allowLoopback);
  }

  private List<InetAddress> addresses(Resolver resolver) {
    try {
      InetAddress[] found = resolver.resolve(uri.getHost());
      if (found == null || found.length == 0) {
        throw new UnknownHostException(uri.getHost());
      }
      return List.of(found);
    } catch (UnknownHostException e) {
      throw new InvalidValueException("The host " + uri.getHost() + " could not be found");
    }
  }

  private void checkReachable(List<InetAddress> addresses, boolean allowLoopback) {
    for (InetAddress a : addresses) {
      if (a.isLoopbackAddress() ? !allowLoopback : !isPublic(a)) {
        throw new InvalidValueException(
            "The address must be on the public internet, not inside a private network");
      }
    }
  }

  /** Not loopback, private, link-local, multicast, "this network", CGNAT or unique-local. */
  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0
          && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          && !(first == 169 && second == 254)
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && first < 224; // multicast and reserved, broadcast
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
    }
    return false;
  }

  public String value() {
    return uri.toString();
  }

  public boolean isHttps() {
    return "https".equalsIgnoreCase(uri.getScheme());
  }

  @Override
  public String toString() {
    return value();
  }
}
