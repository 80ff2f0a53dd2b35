package uk.practiceconnect.emis.entity;

import java.io.Serializable;
import java.time.Instant;

/** A practice's integration status as pages and the REST API show it. */
public record IntegrationStatusView(
    IntegrationState state,
    Instant since,
    CheckCode failingCheck,
    String detail,
    Instant lastCheckedAt)
    implements Serializable {

  public static IntegrationStatusView of(PracticeIntegration p) {
    return new IntegrationStatusView(
        p.state(), p.since(), p.failingCheck().orElse(null), p.detail(), p.lastCheckedAt());
  }

  /** A practice never checked yet. */
  public static IntegrationStatusView unchecked(Instant since) {
    return new IntegrationStatusView(IntegrationState.NOT_CONFIGURED, since, null, null, null);
  }

  public boolean isOk() {
    return state == IntegrationState.OK;
  }

  public boolean isBroken() {
    return state == IntegrationState.BROKEN;
  }
}
