package uk.practiceconnect.dataprotection.entity;

import uk.practiceconnect.platform.entity.Validation;

/** Whose data, why it must go and who decided: every bad field named at once. */
public record ErasureRequest(DataSubject subject, ErasureDecision decision) {

  public static ErasureRequest parse(
      String rawNhs, String rawMobile, String rawReason, String rawDecidedBy) {
    Validation v = new Validation();
    DataSubject subject = DataSubject.read(v, rawNhs, rawMobile);
    ErasureDecision decision = ErasureDecision.read(v, rawReason, rawDecidedBy);
    v.throwIfInvalid();
    return new ErasureRequest(subject, decision);
  }
}
