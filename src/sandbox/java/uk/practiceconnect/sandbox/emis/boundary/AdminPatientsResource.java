package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.practiceconnect.sandbox.emis.control.Organisations;
import uk.practiceconnect.sandbox.emis.control.Patients;
import uk.practiceconnect.sandbox.emis.entity.BookViews.PatientView;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PatientDetails;

/** Admin face: registering a patient (or changing their details) and reading one back. */
@Path("admin/v1/organisations/{cdb}/patients/{nhsNumber}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPatientsResource {

  @Inject Organisations organisations;
  @Inject Patients patients;

  @PathParam("cdb")
  String cdb;

  @PathParam("nhsNumber")
  String nhsNumber;

  @PUT
  public Response put(String body) {
    JsonBody json = JsonBody.parse(body);
    NhsNumber nhs = NhsNumber.of(nhsNumber);
    var details =
        new PatientDetails(
            Params.blankToNull(json.optionalString("title")),
            json.string("forenames"),
            json.string("surname"),
            json.date("dateOfBirth"),
            Params.blankToNull(json.optionalString("postcode")),
            Params.blankToNull(json.optionalString("mobile")),
            json.bool("smsConsent", false));
    Long org = organisations.findOrCreate(Cdb.of(cdb), null).id();
    boolean created = patients.put(org, nhs, details);
    return Response.status(created ? 201 : 200).entity(patients.view(org, nhs)).build();
  }

  @GET
  public PatientView get() {
    Long org = organisations.require(Cdb.of(cdb)).id();
    return patients.view(org, NhsNumber.of(nhsNumber));
  }
}
