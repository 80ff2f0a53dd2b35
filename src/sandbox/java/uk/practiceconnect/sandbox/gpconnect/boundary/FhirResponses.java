package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Resource;
import uk.practiceconnect.sandbox.gpconnect.control.Fhir;
import uk.practiceconnect.sandbox.gpconnect.control.Profiles;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * FHIR answers: the resource as FHIR JSON, its version as a weak ETag, never cached (GP Connect
 * answers carry patient data); errors as GPConnect-OperationOutcome-1.
 */
final class FhirResponses {

  private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

  private FhirResponses() {}

  static Response ok(Resource resource) {
    return builder(200, resource).build();
  }

  /** A read or an update: the resource with its version as the ETag. */
  static Response versioned(Resource resource, boolean minimal) {
    Response.ResponseBuilder b =
        minimal ? Response.ok().cacheControl(NO_STORE) : builder(200, resource);
    return b.tag(etag(resource)).build();
  }

  static Response created(Resource resource, URI location, boolean minimal) {
    Response.ResponseBuilder b =
        minimal ? Response.status(201).cacheControl(NO_STORE) : builder(201, resource);
    return b.tag(etag(resource))
        .location(location)
        .lastModified(resource.getMeta().getLastUpdated())
        .build();
  }

  static Response searchset(Bundle bundle) {
    return ok(bundle);
  }

  static Response outcome(GpcFailure failure) {
    SpineError error = failure.error();
    OperationOutcome outcome = new OperationOutcome();
    outcome.getMeta().addProfile(Profiles.OPERATION_OUTCOME);
    OperationOutcome.OperationOutcomeIssueComponent issue =
        outcome
            .addIssue()
            .setSeverity(OperationOutcome.IssueSeverity.ERROR)
            .setCode(error.issueType())
            .setDiagnostics(failure.diagnostics());
    if (error.hasSpineCode()) {
      issue.setDetails(
          new CodeableConcept(new Coding(SpineError.SYSTEM, error.name(), error.display())));
    }
    Response.ResponseBuilder b = builder(error.httpStatus(), outcome);
    if (error == SpineError.BAD_REQUEST
        && failure.diagnostics() != null
        && failure.diagnostics().contains("Authorization")) {
      // RFC 6750: a request without a usable bearer token says which scheme is wanted
      b.header("WWW-Authenticate", "Bearer error=\"invalid_request\"");
    }
    return b.build();
  }

  /** Whether the consumer asked for no body back ({@code Prefer: return=minimal}). */
  static boolean minimal(String prefer) {
    return prefer != null && prefer.replace(" ", "").contains("return=minimal");
  }

  private static EntityTag etag(Resource resource) {
    return new EntityTag(resource.getMeta().getVersionId(), true);
  }

  private static Response.ResponseBuilder builder(int status, Resource resource) {
    return Response.status(status)
        .type(FhirMedia.FHIR_JSON)
        .cacheControl(NO_STORE)
        .entity(Fhir.encode(resource));
  }
}
