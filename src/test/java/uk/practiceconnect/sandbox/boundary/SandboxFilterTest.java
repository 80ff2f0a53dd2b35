package uk.practiceconnect.sandbox.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code sandbox.enabled=false} (production) everything under /sandbox answers 404, checked
 * without starting a server: the filter, reading the switch through MicroProfile Config.
 */
class SandboxFilterTest {

  final List<Integer> errors = new ArrayList<>();
  final List<String> passedOn = new ArrayList<>();

  final HttpServletRequest request = proxy(HttpServletRequest.class, (m, a) -> null);
  final HttpServletResponse response =
      proxy(
          HttpServletResponse.class,
          (m, a) -> {
            if (m.equals("sendError")) {
              errors.add((Integer) a[0]);
            }
            return null;
          });
  final FilterChain chain = (req, res) -> passedOn.add("chain");

  @SuppressWarnings("unchecked")
  static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> calls) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> calls.apply(method.getName(), args));
  }

  /** MicroProfile Config holding just these values, as the server's would. */
  static void configure(Map<String, String> values) {
    Config config =
        proxy(
            Config.class,
            (m, a) ->
                switch (m) {
                  case "getOptionalValue" ->
                      Optional.ofNullable(values.get((String) a[0]))
                          .map(v -> a[1] == Boolean.class ? (Object) Boolean.valueOf(v) : v);
                  default -> throw new UnsupportedOperationException(m);
                });
    ConfigProviderResolver.setInstance(
        new ConfigProviderResolver() {
          @Override
          public Config getConfig() {
            return config;
          }

          @Override
          public Config getConfig(ClassLoader loader) {
            return config;
          }

          @Override
          public ConfigBuilder getBuilder() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void registerConfig(Config config, ClassLoader classLoader) {}

          @Override
          public void releaseConfig(Config config) {}
        });
  }

  @AfterEach
  void forgetConfig() {
    ConfigProviderResolver.setInstance(null);
  }

  @Test
  void withTheSandboxSwitchedOffEveryPathAnswers404AndGoesNoFurther() throws Exception {
    configure(Map.of("sandbox.enabled", "false"));
    new SandboxFilter().doFilter(request, response, chain);
    assertEquals(List.of(404), errors);
    assertTrue(passedOn.isEmpty());
  }

  @Test
  void withoutTheKeyTheSandboxIsOffToo() throws Exception {
    configure(Map.of());
    new SandboxFilter().doFilter(request, response, chain);
    assertEquals(List.of(404), errors);
  }

  @Test
  void withTheSandboxOnRequestsPassThrough() throws Exception {
    configure(Map.of("sandbox.enabled", "true"));
    new SandboxFilter().doFilter(request, response, chain);
    assertTrue(errors.isEmpty());
    assertEquals(List.of("chain"), passedOn);
  }

  @Test
  void theSwitchIsReadOnEveryRequest() throws Exception {
    var filter = new SandboxFilter();
    configure(Map.of("sandbox.enabled", "true"));
    filter.doFilter(request, response, chain);
    configure(Map.of("sandbox.enabled", "false"));
    filter.doFilter(request, response, chain);
    assertEquals(List.of(404), errors);
    assertEquals(1, passedOn.size());
  }

  @Test
  void itGuardsEverythingUnderSandboxIncludingTheEmasManagerPage() {
    WebFilter f = SandboxFilter.class.getAnnotation(WebFilter.class);
    assertArrayEquals(new String[] {"/sandbox/*"}, f.urlPatterns());
    assertTrue(f.asyncSupported(), "the EMIS sandbox answers delayed calls asynchronously");
    assertFalse(f.urlPatterns()[0].contains("api"));
  }
}
