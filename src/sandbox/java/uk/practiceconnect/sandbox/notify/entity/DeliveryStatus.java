package uk.practiceconnect.sandbox.notify.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Notify's statuses of a text message, with the names Notify puts on the wire. */
public enum DeliveryStatus {
  CREATED("created", false),
  SENDING("sending", false),
  PENDING("pending", false),
  SENT("sent", true),
  DELIVERED("delivered", true),
  PERMANENT_FAILURE("permanent-failure", true),
  TEMPORARY_FAILURE("temporary-failure", true),
  TECHNICAL_FAILURE("technical-failure", true);

  /**
   * Every status Notify accepts in {@code GET /v2/notifications?status=}, including those of
   * letters (which simply match no text message) and "failed", which stands for all failures.
   */
  public static final List<String> FILTER_NAMES =
      List.of(
          "cancelled",
          "created",
          "sending",
          "sent",
          "delivered",
          "pending",
          "failed",
          "technical-failure",
          "temporary-failure",
          "permanent-failure",
          "pending-virus-check",
          "validation-failed",
          "virus-scan-failed",
          "returned-letter",
          "accepted",
          "received");

  private final String wire;
  private final boolean terminal;

  DeliveryStatus(String wire, boolean terminal) {
    this.wire = wire;
    this.terminal = terminal;
  }

  public String wire() {
    return wire;
  }

  /** A status after which nothing changes any more (and a delivery receipt is due). */
  public boolean terminal() {
    return terminal;
  }

  public static Optional<DeliveryStatus> ofWire(String name) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(name)).findFirst();
  }

  /** The wire names a status filter stands for ("failed" is all three failures). */
  public static List<String> expandFilter(String filter) {
    if ("failed".equals(filter)) {
      return List.of(PERMANENT_FAILURE.wire, TEMPORARY_FAILURE.wire, TECHNICAL_FAILURE.wire);
    }
    return List.of(filter);
  }
}
