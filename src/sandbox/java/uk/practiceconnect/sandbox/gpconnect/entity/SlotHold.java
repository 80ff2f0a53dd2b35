package uk.practiceconnect.sandbox.gpconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A slot held by a booked appointment. Its key is the provider and the slot id, so the database
 * lets exactly one of two bookings of the same slot at the same moment commit; cancelling removes
 * the hold and frees the slot.
 */
@Entity(name = "SbxGpcSlotHold")
@Table(name = "sbx_gpc_slot_hold")
public class SlotHold {

  @Id
  @Column(length = 80)
  private String id;

  @Column(name = "provider_ods", nullable = false, length = 10)
  private String providerOds;

  @Column(name = "appointment_id", nullable = false)
  private Long appointmentId;

  protected SlotHold() {}

  public SlotHold(String providerOds, String slotId, Long appointmentId) {
    this.id = key(providerOds, slotId);
    this.providerOds = providerOds;
    this.appointmentId = appointmentId;
  }

  public static String key(String providerOds, String slotId) {
    return providerOds + "/" + slotId;
  }

  public String slotId() {
    return id.substring(id.indexOf('/') + 1);
  }

  public Long appointmentId() {
    return appointmentId;
  }
}
