package uk.practiceconnect.platform.entity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers and proxies whose {@code X-Forwarded-For} we believe (addresses or CIDR
 * ranges, IPv4 or IPv6). Anyone can send that header, so it is read only when our direct peer is
 * one of these, and then from the right: each trusted proxy appends the address it got the request
 * from, so the right-most address that is not one of ours is the client's.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** One address or range: the first {@code bits} bits of {@code network}. */
  private record Range(byte[] network, int bits) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * {@code "10.0.0.0/8, 192.168.1.7, 2001:db8::/32"}; blank means none.
   *
   * @throws InvalidValueException naming the entry that is not an address or range
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null) {
      for (String raw : list.split(",")) {
        String entry = raw.strip();
        if (!entry.isEmpty()) {
          ranges.add(range(entry));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  private static Range range(String entry) {
    int slash = entry.indexOf('/');
    String host = slash < 0 ? entry : entry.substring(0, slash);
    byte[] address =
        literal(host)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "http.trusted-proxies: \""
                            + entry
                            + "\" is not an IP address or CIDR range (like 10.0.0.0/8)"));
    int max = address.length * 8;
    int bits = max;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > max) {
        throw new InvalidValueException(
            "http.trusted-proxies: \"" + entry + "\" needs a prefix length from 0 to " + max);
      }
    }
    return new Range(address, bits);
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean trusts(String address) {
    return literal(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
  }

  /**
   * The client's address.
   *
   * @param peer the address the connection came from
   * @param forwardedFor every {@code X-Forwarded-For} header, in order (may be empty)
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    if (ranges.isEmpty() || !trusts(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      if (header != null) {
        for (String hop : header.split(",")) {
          if (!hop.isBlank()) {
            hops.add(withoutPort(hop.strip()));
          }
        }
      }
    }
    if (hops.isEmpty()) {
      return peer;
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!trusts(hop)) {
        return normalised(hop);
      }
    }
    // every hop is one of ours: the request started inside, at the left-most one
    return normalised(hops.get(0));
  }

  /** "203.0.113.7:5123" and "[2001:db8::1]:443" as some proxies write them. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end > 0 ? hop.substring(1, end) : hop;
    }
    int colon = hop.indexOf(':');
    if (colon > 0
        && colon == hop.lastIndexOf(':')
        && IPV4.matcher(hop.substring(0, colon)).matches()) {
      return hop.substring(0, colon);
    }
    return hop;
  }

  /** An address in its canonical form; anything else as sent, cut short (it is only a key). */
  private static String normalised(String hop) {
    return literal(hop)
        .map(TrustedProxies::format)
        .orElse(hop.length() > 64 ? hop.substring(0, 64) : hop);
  }

  private static String format(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of an IP literal; never a name lookup. */
  private static Optional<byte[]> literal(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return Optional.empty();
    }
    if (IPV4.matcher(text).matches()) {
      String[] parts = text.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int v = Integer.parseInt(parts[i]);
        if (v > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) v;
      }
      return Optional.of(bytes);
    }
    if (IPV6.matcher(text).matches()) {
      try {
        // a literal with a colon is parsed, never looked up
        return Optional.of(InetAddress.getByName(text).getAddress());
      } catch (UnknownHostException | SecurityException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
