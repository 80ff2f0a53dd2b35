package uk.practiceconnect.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * Every JSON request body of the REST API (all are records) goes through {@link StrictJson}, after
 * a size check: more than {@link BodyLimits#JSON_BYTES} is refused with 413 before it is parsed.
 *
 * <p>An interceptor rather than a {@code MessageBodyReader}: Jersey runs every interceptor, while
 * which of two readers for {@code application/json} it picks is not something we can rely on (the
 * JSON-B reader won on one machine and not on another).
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!context.getType().isRecord() || !isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] bytes = context.getInputStream().readNBytes(BodyLimits.JSON_BYTES + 1);
    if (bytes.length > BodyLimits.JSON_BYTES) {
      throw tooLarge();
    }
    return StrictJson.read(new ByteArrayInputStream(bytes), context.getType());
  }

  private static boolean isJson(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return type.getType().equalsIgnoreCase("application")
        && (subtype.equals("json") || subtype.endsWith("+json"));
  }

  static DomainException tooLarge() {
    return new DomainException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The body is larger than "
            + BodyLimits.JSON_BYTES / 1024
            + " KiB, the most this API takes");
  }
}
