package uk.practiceconnect.sms.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * GOV.UK Notify's status of a text it accepted, as its API spells them. Notify keeps them for 7
 * days; after a final one nothing changes any more.
 */
public enum DeliveryStatus {
  CREATED("created", "Accepted by Notify"),
  SENDING("sending", "Sent to the phone network"),
  PENDING("pending", "Waiting for the phone network"),
  SENT("sent", "Sent abroad (no receipt)"),
  DELIVERED("delivered", "Delivered"),
  PERMANENT_FAILURE("permanent-failure", "Not delivered: the number does not exist"),
  TEMPORARY_FAILURE("temporary-failure", "Not delivered: the phone was off or out of reach"),
  TECHNICAL_FAILURE("technical-failure", "Not delivered: a technical problem at Notify");

  private final String wire;
  private final String description;

  DeliveryStatus(String wire, String description) {
    this.wire = wire;
    this.description = description;
  }

  public String wire() {
    return wire;
  }

  /** What a practice manager reads in the log. */
  public String description() {
    return description;
  }

  public boolean isFinal() {
    return this == DELIVERED || this == SENT || isFailure();
  }

  public boolean isFailure() {
    return this == PERMANENT_FAILURE || this == TEMPORARY_FAILURE || this == TECHNICAL_FAILURE;
  }

  public static Optional<DeliveryStatus> ofWire(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
  }
}
