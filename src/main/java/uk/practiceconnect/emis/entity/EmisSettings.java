package uk.practiceconnect.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.platform.entity.SealedSecret;
import uk.practiceconnect.platform.entity.VersionedSettings;

/**
 * How Practice Connect reaches one practice's EMIS Web: its Organisation ID (CDB) and the API user
 * it logs on as. The password is held only sealed.
 */
@Entity
@Table(name = "emis_settings")
public class EmisSettings implements VersionedSettings {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "organisation_id", length = OrganisationId.MAX_LENGTH)
  private String organisationId;

  @Column(name = "api_username", length = ApiUsername.MAX_LENGTH)
  private String apiUsername;

  @Column(name = "api_password_key_id", length = 40)
  private String apiPasswordKeyId;

  @Column(name = "api_password_sealed", length = 600)
  private String apiPasswordSealed;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 120)
  private String updatedBy;

  @Version private long version;

  protected EmisSettings() {}

  public EmisSettings(Long practiceId) {
    this.practiceId = practiceId;
  }

  public void changeOrganisationId(OrganisationId id, String actor, Instant now) {
    this.organisationId = id.value();
    touched(actor, now);
  }

  public void changeApiUser(
      ApiUsername username, SealedSecret password, String actor, Instant now) {
    this.apiUsername = username.value();
    this.apiPasswordKeyId = password.keyId();
    this.apiPasswordSealed = password.payload();
    touched(actor, now);
  }

  private void touched(String actor, Instant now) {
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long practiceId() {
    return practiceId;
  }

  public Optional<OrganisationId> organisationId() {
    return Optional.ofNullable(organisationId).map(OrganisationId::new);
  }

  public Optional<ApiUsername> apiUsername() {
    return Optional.ofNullable(apiUsername).map(ApiUsername::new);
  }

  public boolean apiPasswordSet() {
    return apiPasswordSealed != null;
  }

  public Optional<SealedSecret> apiPassword() {
    return apiPasswordSet()
        ? Optional.of(new SealedSecret(apiPasswordKeyId, apiPasswordSealed))
        : Optional.empty();
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
