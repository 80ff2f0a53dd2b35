package uk.practiceconnect.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt that failed (an identity check EMIS did not match, a wrong password), or one still
 * waiting for its answer ({@code inFlight}), which counts as a failure until it has one. Keyed by a
 * hash of what is limited (an NHS number, a username, a client address), never the value itself.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "throttle_key", nullable = false, length = 80)
  private String throttleKey;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  @Column(name = "in_flight", nullable = false)
  private boolean inFlight;

  protected Attempt() {}

  public Attempt(String throttleKey, Instant failedAt) {
    this.throttleKey = throttleKey;
    this.failedAt = failedAt;
  }

  /** An attempt about to be checked. */
  public static Attempt inFlight(String throttleKey, Instant startedAt) {
    Attempt f = new Attempt(throttleKey, startedAt);
    f.inFlight = true;
    return f;
  }

  /** The check said no: a failure from now on. */
  public void failed(Instant now) {
    this.inFlight = false;
    this.failedAt = now;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return failedAt;
  }

  public boolean isInFlight() {
    return inFlight;
  }
}
