package uk.practiceconnect.gpconnect.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The base address of a practice's GP Connect FHIR server, as the Spine directory lists it (for
 * example {@code https://provider.example.nhs.uk/A81003/STU3/1/gpconnect}); every FHIR call is made
 * relative to it. HTTPS only (Spine requires mutual TLS), unless plain HTTP is allowed by
 * configuration ({@code gpconnect.allow-plain-http}, for the stand-in in tests and the demo).
 */
public record ProviderEndpoint(URI value) {

  public static final int MAX_LENGTH = 500;

  private static final String EXAMPLE = "https://provider.example.nhs.uk/A81003/STU3/1/gpconnect";

  public ProviderEndpoint {
    if (value == null) {
      throw new InvalidValueException("Enter the provider's endpoint address");
    }
  }

  /**
   * From what someone typed: one absolute HTTPS address (HTTP only where {@code plainHttpAllowed}),
   * without a query, fragment or user information; a trailing slash is dropped.
   */
  public static ProviderEndpoint of(String raw, boolean plainHttpAllowed) {
    Text.required(raw, "Enter the provider's endpoint address, for example " + EXAMPLE);
    String text = raw.strip();
    Text.maxLength(text, MAX_LENGTH, "The endpoint address");
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("The endpoint must be a web address, for example " + EXAMPLE);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https");
    if (!https && !(plainHttpAllowed && scheme.equals("http"))) {
      throw new InvalidValueException(
          "The endpoint must start with https:// (GP Connect is reached over TLS only)");
    }
    if (uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new InvalidValueException(
          "The endpoint must be the provider's base address only, for example " + EXAMPLE);
    }
    String s = uri.toString();
    return new ProviderEndpoint(URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s));
  }

  /** The address of a FHIR path under the endpoint, e.g. {@code resolve("Slot")}. */
  public URI resolve(String path) {
    return URI.create(value + "/" + path);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
