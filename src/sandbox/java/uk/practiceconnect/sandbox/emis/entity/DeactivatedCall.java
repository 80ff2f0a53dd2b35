package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One API call that EMIS has deactivated for the application in one organisation; the row goes when
 * the application is activated again.
 */
@Entity(name = "SbxEmisDeactivatedCall")
@Table(name = "sbx_emis_deactivated_call")
public class DeactivatedCall {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(name = "call_name", nullable = false, length = 40)
  private String callName;

  @Column(name = "deactivated_at", nullable = false)
  private Instant deactivatedAt;

  protected DeactivatedCall() {}

  public DeactivatedCall(Long organisationId, PartnerCall call, Instant deactivatedAt) {
    this.organisationId = organisationId;
    this.callName = call.callName();
    this.deactivatedAt = deactivatedAt;
  }

  public String callName() {
    return callName;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }
}
