package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The partner face's answers: {@code {outcome, code, ...payload}} on success, {@code {outcome,
 * code, error}} on failure, each with the HTTP status of its outcome.
 */
final class PartnerAnswers {

  private static final Logger LOG = Logger.getLogger(PartnerAnswers.class.getName());

  private PartnerAnswers() {}

  static Response ok(String key, Object payload) {
    return ok(200, key, payload);
  }

  static Response ok(int status, String key, Object payload) {
    Map<String, Object> body = envelope(Outcome.OK);
    if (key != null) {
      body.put(key, payload);
    }
    return json(status, body);
  }

  static Response ok(Map<String, Object> payload) {
    Map<String, Object> body = envelope(Outcome.OK);
    body.putAll(payload);
    return json(200, body);
  }

  static Response failure(Outcome outcome, int status, String error) {
    Map<String, Object> body = envelope(outcome);
    body.put("error", error);
    return json(status, body);
  }

  static Response failure(SandboxFailure failure) {
    return failure(failure.outcome(), failure.outcome().httpStatus(), failure.getMessage());
  }

  /**
   * Any exception from a partner call, as an answer: a failure found in its causes (transaction
   * wrappers hide it), a conflicting concurrent write, or else outcome 18 with nothing leaked.
   */
  static Response of(Throwable t) {
    SandboxFailure failure = Failures.find(t);
    if (failure != null) {
      return failure(failure);
    }
    if (Failures.has(t, PersistenceException.class)) {
      return failure(Outcome.INTERNAL_ERROR, 500, "EMIS could not complete the call; try again");
    }
    // the class name only: messages may carry patient data
    LOG.log(Level.SEVERE, "EMIS sandbox partner call failed: {0}", t.getClass().getName());
    LOG.log(Level.FINE, "EMIS sandbox partner call failed", t);
    return failure(Outcome.INTERNAL_ERROR, 500, "EMIS failed; try again later");
  }

  private static Map<String, Object> envelope(Outcome outcome) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", outcome.number());
    body.put("code", outcome.name());
    return body;
  }

  private static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
