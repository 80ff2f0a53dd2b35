package uk.practiceconnect.platform.control;

import java.net.InetAddress;
import java.util.UUID;

/**
 * This running copy of the application, as the database's lease rows name it: the host's name (so
 * the support desk can tell which machine holds a job) and a random part (two instances on one
 * host, or a restart, are never taken for the same one).
 */
public final class ThisInstance {

  private static final String ID = host() + "-" + UUID.randomUUID().toString().substring(0, 8);

  private ThisInstance() {}

  /** At most 80 characters, the width of the lease columns. */
  public static String id() {
    return ID;
  }

  private static String host() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException | RuntimeException e) {
        name = "instance";
      }
    }
    name = name.replaceAll("[^A-Za-z0-9._-]", "");
    return name.isEmpty() ? "instance" : name.substring(0, Math.min(name.length(), 60));
  }
}
