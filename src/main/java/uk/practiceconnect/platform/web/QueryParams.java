package uk.practiceconnect.platform.web;

import uk.practiceconnect.platform.entity.DomainException;

/**
 * Query parameters read as the API describes them: a number that is not one, or is out of range, is
 * a 400 naming the parameter (JAX-RS would answer 404 for an {@code int} parameter it cannot
 * convert, as if the address were wrong).
 */
public final class QueryParams {

  private QueryParams() {}

  /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
  public static int whole(String field, String raw, int min, int max, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(raw.strip());
      if (n >= min && n <= max) {
        return (int) n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw DomainException.invalid(
        field, field + " must be a whole number from " + min + " to " + max);
  }

  /** A page number whose first row ({@code page * size}) still fits a whole number. */
  public static int page(String raw, int size) {
    return whole("page", raw, 0, Integer.MAX_VALUE / size, 0);
  }
}
