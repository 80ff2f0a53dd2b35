package uk.practiceconnect.gpconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.platform.entity.VersionedSettings;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * A practice's GP Connect provider, entered on the Feature settings page or over REST: saved
 * together, as the three come from the same directory entry.
 */
@Entity
@Table(name = "gp_connect_settings")
public class GpConnectSettings implements VersionedSettings {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Column(length = ProviderEndpoint.MAX_LENGTH)
  private String endpoint;

  @Column(name = "provider_asid", length = Asid.MAX_LENGTH)
  private String providerAsid;

  @Column(name = "provider_ods_code", length = 6)
  private String providerOdsCode;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 120)
  private String updatedBy;

  @Version private long version;

  protected GpConnectSettings() {}

  public GpConnectSettings(Long practiceId) {
    this.practiceId = practiceId;
  }

  public void change(GpConnectTarget target, String actor, Instant now) {
    this.endpoint = target.endpoint().toString();
    this.providerAsid = target.providerAsid().value();
    this.providerOdsCode = target.providerOds().value();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long practiceId() {
    return practiceId;
  }

  /** Empty until all three settings are saved. */
  public Optional<GpConnectTarget> target() {
    if (endpoint == null || providerAsid == null || providerOdsCode == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GpConnectTarget(
            new ProviderEndpoint(URI.create(endpoint)),
            new Asid(providerAsid),
            new OdsCode(providerOdsCode)));
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  @Override
  public long version() {
    return version;
  }
}
