package uk.practiceconnect.sandbox.gpconnect.control;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.dstu3.model.DateTimeType;
import org.hl7.fhir.dstu3.model.InstantType;

/**
 * Times as GP Connect writes them: UK local time with its offset, to the second ({@code
 * 2026-12-04T09:15:00+00:00} in winter, {@code +01:00} in summer).
 */
public final class FhirTime {

  private static final TimeZone UK = TimeZone.getTimeZone("Europe/London");

  private FhirTime() {}

  public static DateTimeType dateTime(Instant instant) {
    DateTimeType t = new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND);
    t.setTimeZone(UK);
    return t;
  }

  /** A slot's or appointment's start or end: to the second, as GP Connect shows them. */
  public static InstantType instant(Instant instant) {
    return instant(instant, TemporalPrecisionEnum.SECOND);
  }

  /** {@code meta.lastUpdated}: to the millisecond. */
  public static InstantType lastUpdated(Instant instant) {
    return instant(instant, TemporalPrecisionEnum.MILLI);
  }

  private static InstantType instant(Instant instant, TemporalPrecisionEnum precision) {
    InstantType t = new InstantType(Date.from(instant), precision);
    t.setTimeZone(UK);
    return t;
  }

  public static Date date(Instant instant) {
    return Date.from(instant);
  }
}
