package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a slot is for, as the practice names it ("Routine GP appointment", "Blood test"). */
@Entity(name = "SbxEmisSlotType")
@Table(name = "sbx_emis_slot_type")
public class SlotType {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(nullable = false, length = 80)
  private String name;

  protected SlotType() {}

  public SlotType(Long organisationId, String name) {
    this.organisationId = organisationId;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
