package uk.practiceconnect.gpconnect.control;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Resource;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.platform.control.LocalServer;

/**
 * One GP Connect request and its answer: the Spine headers (a new {@code Ssp-TraceID} each time,
 * {@code Ssp-From} our ASID, {@code Ssp-To} the provider's, {@code Ssp-InteractionID}), a new
 * access token, FHIR JSON both ways, the per-call timeout, and every failure as a {@code
 * PartnerException}. Logs the interaction, trace id and status only: never a body or the token.
 */
final class FhirExchange {

  static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

  /**
   * Spine-ErrorOrWarningCode-1 as the specification's examples name it (the CodeSystem) and as
   * providers also write it (the ValueSet, e.g. NHS Digital's GP Connect demonstrator).
   */
  static final Set<String> SPINE_ERROR_CODES =
      Set.of(
          "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
          "https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1");

  private static final Logger LOG = Logger.getLogger(FhirExchange.class.getName());

  /** Building a FHIR context reads the whole STU3 model: one for the application. */
  static final FhirContext FHIR = FhirContext.forDstu3Cached();

  private final HttpClient http;
  private final TransportSettings transport;
  private final ConsumerIdentity us;
  private final Clock clock;

  FhirExchange(HttpClient http, TransportSettings transport, ConsumerIdentity us, Clock clock) {
    this.http = http;
    this.transport = transport;
    this.us = us;
    this.clock = clock;
  }

  /** A successful answer: the resource it carried and the version in its {@code ETag}. */
  record Answer<T extends Resource>(T resource, Optional<String> etag) {}

  <T extends Resource> Answer<T> get(
      GpConnectTarget target, Interaction interaction, String pathAndQuery, Class<T> type) {
    return exchange(target, interaction, "GET", pathAndQuery, null, null, type);
  }

  <T extends Resource> Answer<T> post(
      GpConnectTarget target, Interaction interaction, String path, Resource body, Class<T> type) {
    return exchange(target, interaction, "POST", path, body, null, type);
  }

  <T extends Resource> Answer<T> put(
      GpConnectTarget target,
      Interaction interaction,
      String path,
      Resource body,
      String ifMatch,
      Class<T> type) {
    return exchange(target, interaction, "PUT", path, body, ifMatch, type);
  }

  private <T extends Resource> Answer<T> exchange(
      GpConnectTarget target,
      Interaction interaction,
      String method,
      String pathAndQuery,
      Resource body,
      String ifMatch,
      Class<T> type) {
    URI base = target.endpoint().value();
    if ("http".equalsIgnoreCase(base.getScheme()) && !transport.allowPlainHttp()) {
      throw PartnerException.gpConnect(
          PartnerOutcome.CONSUMER_SET_UP,
          "the provider's endpoint is plain http:// and gpconnect.allow-plain-http is off");
    }
    String traceId = UUID.randomUUID().toString();
    HttpRequest.Builder request =
        // a stand-in on this server (demo, tests) follows the port the server really bound
        HttpRequest.newBuilder(LocalServer.follow(target.endpoint().resolve(pathAndQuery)))
            .timeout(transport.callTimeout())
            .header("Ssp-TraceID", traceId)
            .header("Ssp-From", us.asid().value())
            .header("Ssp-To", target.providerAsid().value())
            .header("Ssp-InteractionID", interaction.id())
            .header(
                "Authorization",
                "Bearer "
                    + AccessToken.unsigned(
                        us, base, interaction, clock.instant(), target.requester()))
            .header("Accept", FHIR_JSON);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", FHIR_JSON)
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  FHIR.newJsonParser().encodeResourceToString(body), StandardCharsets.UTF_8));
    }
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw logged(ProviderFailures.noAnswer(e, interaction), interaction, traceId, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw logged(
          ProviderFailures.noAnswer(new IOException("interrupted"), interaction),
          interaction,
          traceId,
          0);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw logged(
          ProviderFailures.answered(status, errorCode(response.body()), interaction),
          interaction,
          traceId,
          status);
    }
    LOG.fine(
        () ->
            interaction
                + " "
                + status
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms, trace "
                + traceId);
    return new Answer<>(read(response.body(), type, interaction, traceId, status), etag(response));
  }

  private <T extends Resource> T read(
      String body, Class<T> type, Interaction interaction, String traceId, int status) {
    try {
      return FHIR.newJsonParser().parseResource(type, body);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw logged(ProviderFailures.unreadable(interaction), interaction, traceId, status);
    }
  }

  private static Optional<String> etag(HttpResponse<?> response) {
    return response.headers().firstValue("ETag");
  }

  /** The Spine error code of the first issue that has one (any coding when none is Spine's). */
  static Optional<String> errorCode(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    OperationOutcome outcome;
    try {
      IParser parser = FHIR.newJsonParser();
      outcome = parser.parseResource(OperationOutcome.class, body);
    } catch (RuntimeException notFhir) {
      return Optional.empty(); // a proxy's HTML page, say: the status alone decides
    }
    String spine = null;
    String any = null;
    for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
      CodeableConcept details = issue.getDetails();
      for (Coding coding : details.getCoding()) {
        if (coding.hasCode()) {
          if (spine == null && isSpines(coding)) {
            spine = coding.getCode();
          }
          if (any == null) {
            any = coding.getCode();
          }
        }
      }
    }
    return Optional.ofNullable(spine != null ? spine : any).map(FhirExchange::printable);
  }

  /** Set.of refuses to look up null: a coding without a system is not Spine's. */
  private static boolean isSpines(Coding coding) {
    return coding.hasSystem() && SPINE_ERROR_CODES.contains(coding.getSystem());
  }

  /**
   * Codes are quoted in messages: keep them to the letters, digits and spaces codes are made of.
   */
  private static String printable(String code) {
    String kept = code.replaceAll("[^A-Za-z0-9_ ]", "");
    return kept.length() > 60 ? kept.substring(0, 60) : kept;
  }

  private static PartnerException logged(
      PartnerException e, Interaction interaction, String traceId, int status) {
    LOG.log(
        Level.WARNING,
        "GP Connect {0} failed ({1}, HTTP {2}), trace {3}",
        new Object[] {interaction, e.outcomeLabel(), status == 0 ? "none" : status, traceId});
    return e;
  }
}
