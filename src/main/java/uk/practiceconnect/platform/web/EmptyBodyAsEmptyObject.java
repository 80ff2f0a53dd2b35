package uk.practiceconnect.platform.web;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * On a method taking a JSON object: a request without a body is read as {@code {}}, so the caller
 * gets the message for each missing field ({@code errors}) rather than "not valid JSON".
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EmptyBodyAsEmptyObject {

  /** The filter the annotation binds. */
  @Provider
  @EmptyBodyAsEmptyObject
  class Filter implements ContainerRequestFilter {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void filter(ContainerRequestContext request) {
      if (!request.hasEntity()) {
        request.setEntityStream(new ByteArrayInputStream(EMPTY_OBJECT));
      }
    }
  }
}
