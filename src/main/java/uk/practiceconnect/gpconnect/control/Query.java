package uk.practiceconnect.gpconnect.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A FHIR search path with its parameters, values percent-encoded ({@code |}, {@code +}, {@code :}).
 */
final class Query {

  private final StringBuilder text;
  private char separator = '?';

  private Query(String path) {
    this.text = new StringBuilder(path);
  }

  static Query of(String path) {
    return new Query(path);
  }

  /** Parameter names are the specification's ({@code _include:recurse}) and stay as written. */
  Query add(String name, String value) {
    text.append(separator)
        .append(name)
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    separator = '&';
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
