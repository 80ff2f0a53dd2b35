package uk.practiceconnect.reminders.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A patient at one practice, by a SHA-256 hash of practice and NHS number (or, for an opt-out, of
 * practice and mobile number): enough to honour an opt-out and to find a patient's reminders,
 * without keeping the number. (A pseudonym, not a secret: such numbers are few enough to try them
 * all, so the table is still personal data.)
 */
public record PatientKey(String hash) {

  public PatientKey {
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a patient key is 64 hex digits");
    }
  }

  public static PatientKey of(Long practiceId, NhsNumber nhsNumber) {
    return new PatientKey(
        sha256("practice-connect:patient:" + practiceId + ":" + nhsNumber.value()));
  }

  /** The phone a reminder goes to, at one practice: for opt-outs of patients without NHS number. */
  public static PatientKey ofMobile(Long practiceId, MobileNumber mobile) {
    return new PatientKey(sha256("practice-connect:mobile:" + practiceId + ":" + mobile.value()));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "PatientKey[" + hash.substring(0, 8) + "…]";
  }
}
