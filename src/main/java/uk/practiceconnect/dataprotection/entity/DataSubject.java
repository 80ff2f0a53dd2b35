package uk.practiceconnect.dataprotection.entity;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.Validation;

/**
 * The patient a subject access or erasure request is about, at one practice: by NHS number or by
 * mobile number, never both (a phone may be shared, so the two can name different people).
 */
public record DataSubject(Optional<NhsNumber> nhsNumber, Optional<MobileNumber> mobile) {

  public static final String NHS_FIELD = "nhsNumber";
  public static final String MOBILE_FIELD = "mobile";

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public DataSubject {
    if (nhsNumber.isPresent() == mobile.isPresent()) {
      throw new IllegalArgumentException("a data subject is an NHS number or a mobile number");
    }
  }

  public static DataSubject of(NhsNumber nhs) {
    return new DataSubject(Optional.of(nhs), Optional.empty());
  }

  public static DataSubject of(MobileNumber mobile) {
    return new DataSubject(Optional.empty(), Optional.of(mobile));
  }

  /**
   * What was typed in the two fields: exactly one filled in and valid, or field errors added to
   * {@code v} (and null returned), in the same words on the page and in the API.
   */
  public static DataSubject read(Validation v, String rawNhs, String rawMobile) {
    boolean hasNhs = rawNhs != null && !rawNhs.isBlank();
    boolean hasMobile = rawMobile != null && !rawMobile.isBlank();
    if (!hasNhs && !hasMobile) {
      v.reject(NHS_FIELD, "Enter the patient's NHS number or their mobile number");
      return null;
    }
    if (hasNhs && hasMobile) {
      v.reject(
          MOBILE_FIELD,
          "Enter the NHS number or the mobile number, not both: a phone may be shared, so each"
              + " request is about one of them");
      return null;
    }
    if (hasNhs) {
      NhsNumber nhs = v.field(NHS_FIELD, rawNhs, NhsNumber::of);
      return nhs == null ? null : of(nhs);
    }
    MobileNumber mobile = v.field(MOBILE_FIELD, rawMobile, MobileNumber::of);
    return mobile == null ? null : of(mobile);
  }

  /** As {@link #read}, throwing the field errors ({@code VALIDATION_FAILED}). */
  public static DataSubject parse(String rawNhs, String rawMobile) {
    Validation v = new Validation();
    DataSubject subject = read(v, rawNhs, rawMobile);
    v.throwIfInvalid();
    return subject;
  }

  /** "NHS number" or "mobile number": what the request was made by, for people to read. */
  public String kind() {
    return nhsNumber.isPresent() ? "NHS number" : "mobile number";
  }

  /**
   * Whether a reference a person typed (a safety incident's patient reference) names this patient:
   * it holds the NHS number or the mobile number (spaces and dashes allowed between digits), or is
   * one of the patient's EMIS patient numbers ({@code emisRefs}) as a word of its own.
   */
  public boolean isNamedBy(String reference, Set<String> emisRefs) {
    if (reference == null || reference.isBlank()) {
      return false;
    }
    String joined = reference.replaceAll("(?<=[0-9])[\\s\\-.]+(?=[0-9])", "");
    Matcher m = DIGITS.matcher(joined);
    while (m.find()) {
      String number = m.group();
      if (nhsNumber.map(n -> n.value().equals(number)).orElse(false)
          || mobile.map(p -> isTheMobile(p, number)).orElse(false)
          || emisRefs.contains(number)) {
        return true;
      }
    }
    for (String word : reference.split("[^A-Za-z0-9]+")) {
      for (String ref : emisRefs) {
        if (!word.isEmpty() && word.equalsIgnoreCase(ref)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTheMobile(MobileNumber mobile, String digits) {
    String national = "0" + mobile.value().substring(3);
    return digits.equals(national) || digits.equals(mobile.value().substring(1));
  }
}
