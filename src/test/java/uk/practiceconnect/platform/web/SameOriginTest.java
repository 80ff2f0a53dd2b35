package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  /** A request that answers only getHeader, from the given headers. */
  private static HttpServletRequest withHeaders(Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SameOriginTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeader")) {
                return headers.get((String) args[0]);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void acceptsAPostFromOurOwnPageByFetchMetadata() {
    assertTrue(SameOrigin.isSameOrigin(withHeaders(Map.of("Sec-Fetch-Site", "same-origin"))));
  }

  @Test
  void refusesAPostFromAnotherSiteByFetchMetadata() {
    assertFalse(SameOrigin.isSameOrigin(withHeaders(Map.of("Sec-Fetch-Site", "cross-site"))));
    assertFalse(SameOrigin.isSameOrigin(withHeaders(Map.of("Sec-Fetch-Site", "same-site"))));
  }

  @Test
  void comparesOriginWithHostWhereFetchMetadataIsMissing() {
    assertTrue(
        SameOrigin.isSameOrigin(
            withHeaders(
                Map.of("Origin", "https://book.example.nhs.uk", "Host", "book.example.nhs.uk"))));
    assertTrue(
        SameOrigin.isSameOrigin(
            withHeaders(Map.of("Origin", "http://localhost:8080", "Host", "localhost:8080"))));
    assertFalse(
        SameOrigin.isSameOrigin(
            withHeaders(Map.of("Origin", "https://evil.example", "Host", "book.example.nhs.uk"))));
    assertFalse(
        SameOrigin.isSameOrigin(withHeaders(Map.of("Origin", "null", "Host", "localhost:8080"))));
  }

  @Test
  void letsThroughARequestWithNeitherHeader() {
    assertTrue(SameOrigin.isSameOrigin(withHeaders(Map.of("Host", "localhost:8080"))));
  }
}
