package uk.practiceconnect.sandbox.notify.entity;

import java.util.Map;

/**
 * Phone numbers with a known fate, from Ofcom's drama range (07700 900xxx, never a real phone), so
 * tests can see each way a text message ends. Every other number, and every message sent with a
 * test key, ends {@code delivered}.
 */
public final class TestNumbers {

  /** 07700 900003: the number does not exist. */
  public static final String PERMANENT_FAILURE = "07700900003";

  /** 07700 900004: the phone was off for 72 hours. */
  public static final String TEMPORARY_FAILURE = "07700900004";

  /** 07700 900005: Notify could not reach its provider. */
  public static final String TECHNICAL_FAILURE = "07700900005";

  private static final Map<String, DeliveryStatus> FATES =
      Map.of(
          UkMobile.parse(PERMANENT_FAILURE).normalised(), DeliveryStatus.PERMANENT_FAILURE,
          UkMobile.parse(TEMPORARY_FAILURE).normalised(), DeliveryStatus.TEMPORARY_FAILURE,
          UkMobile.parse(TECHNICAL_FAILURE).normalised(), DeliveryStatus.TECHNICAL_FAILURE);

  private TestNumbers() {}

  public static DeliveryStatus fateOf(UkMobile number, KeyType keyType) {
    if (keyType == KeyType.TEST) {
      return DeliveryStatus.DELIVERED;
    }
    return FATES.getOrDefault(number.normalised(), DeliveryStatus.DELIVERED);
  }
}
