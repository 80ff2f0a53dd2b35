package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An EMIS organisation (one CDB) with the Practice Connect partner application in its EMAS Manager
 * list. The sandbox models that one application only, so its activation state lives here.
 */
@Entity(name = "SbxEmisOrganisation")
@Table(name = "sbx_emis_organisation")
public class EmisOrganisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = Cdb.MAX_LENGTH)
  private String cdb;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "application_active", nullable = false)
  private boolean applicationActive;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EmisOrganisation() {}

  public EmisOrganisation(Cdb cdb, String name, Instant createdAt) {
    this.cdb = cdb.value();
    this.name = name;
    this.applicationActive = true;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Cdb cdb() {
    return new Cdb(cdb);
  }

  public String name() {
    return name;
  }

  public boolean applicationActive() {
    return applicationActive;
  }

  public void deactivateApplication() {
    applicationActive = false;
  }

  public void activateApplication() {
    applicationActive = true;
  }
}
