package uk.practiceconnect.sandbox.control;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once. {@code JSON.createObjectBuilder()} and its siblings ask the
 * ServiceLoader for the provider on every call, which costs 0.2–0.9 ms each (measured on these
 * machines): a stand-in answer built with a dozen of them paid for a dozen lookups. Use {@link
 * #JSON} instead of {@code Json}.
 */
public final class JsonP {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonP() {}
}
