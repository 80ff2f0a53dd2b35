package uk.practiceconnect.platform.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * Every JSON request body of the REST API (all are records) goes through {@link StrictJson}, after
 * a size check: more than {@link BodyLimits#JSON_BYTES} is refused with 413 before it is parsed.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    byte[] bytes = body.readNBytes(BodyLimits.JSON_BYTES + 1);
    if (bytes.length > BodyLimits.JSON_BYTES) {
      throw tooLarge();
    }
    return StrictJson.read(new ByteArrayInputStream(bytes), type);
  }

  static DomainException tooLarge() {
    return new DomainException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The body is larger than "
            + BodyLimits.JSON_BYTES / 1024
            + " KiB, the most this API takes");
  }
}
