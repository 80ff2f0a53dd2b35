package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session holder: the clinician whose appointment sessions patients are booked into. */
@Entity(name = "SbxEmisClinician")
@Table(name = "sbx_emis_clinician")
public class Clinician {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  protected Clinician() {}

  public Clinician(Long organisationId, String displayName) {
    this.organisationId = organisationId;
    this.displayName = displayName;
  }

  public Long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
