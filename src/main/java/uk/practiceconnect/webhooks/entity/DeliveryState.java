package uk.practiceconnect.webhooks.entity;

/** Where a delivery of one event to one endpoint is. */
public enum DeliveryState {
  /** Waiting for its time (the first try or a retry) or for an earlier event to the endpoint. */
  PENDING,
  /** Claimed by a sender, which holds it until {@code lease_until}. */
  SENDING,
  /** The endpoint answered 2xx. */
  DELIVERED,
  /** Tried for 24 hours without success, or its endpoint was switched off or removed. */
  FAILED
}
