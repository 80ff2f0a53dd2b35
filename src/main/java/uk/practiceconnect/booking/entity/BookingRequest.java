package uk.practiceconnect.booking.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * What a booking asks for, checked: the slot, who the patient says they are, and an optional
 * reason. Its {@link #fingerprint()} tells a retry (same body) from a different request sent with
 * the same idempotency key.
 */
public record BookingRequest(
    String slotId, NhsNumber nhsNumber, DateOfBirth dateOfBirth, Surname surname, String reason) {

  public static final int MAX_REASON = 200;

  public BookingRequest {
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /**
   * A hash of the request as understood (not as typed): "943 476 5919" and "9434765919" are the
   * same request, and so are surnames differing only in case or outer spaces.
   */
  public String fingerprint() {
    String canonical =
        String.join(
            "\u0000",
            slotId,
            nhsNumber.value(),
            dateOfBirth.value().toString(),
            surname.value().toLowerCase(java.util.Locale.ROOT),
            reason == null ? "" : reason);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "BookingRequest[slot=" + slotId + ", patient=" + nhsNumber.masked() + "]";
  }
}
