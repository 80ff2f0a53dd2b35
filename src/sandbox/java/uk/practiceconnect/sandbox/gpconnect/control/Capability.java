package uk.practiceconnect.sandbox.gpconnect.control;

import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.dstu3.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.dstu3.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.dstu3.model.Enumerations.PublicationStatus;
import org.hl7.fhir.dstu3.model.Enumerations.SearchParamType;
import org.hl7.fhir.dstu3.model.Reference;

/**
 * The stand-in's CapabilityStatement, shaped as GP Connect 1.2.7's (version 1.2.7, FHIR 3.0.1, the
 * GP Connect profiles), listing what the stand-in really serves: Foundations reads and searches and
 * the Appointment Management interactions; not Practitioner search, patient registration or the
 * structured record.
 */
public final class Capability {

  public static final String GP_CONNECT_VERSION = "1.2.7";

  private Capability() {}

  public static CapabilityStatement statement() {
    CapabilityStatement cs = new CapabilityStatement();
    cs.setVersion(GP_CONNECT_VERSION);
    cs.setName("GP Connect");
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setDateElement(new org.hl7.fhir.dstu3.model.DateTimeType("2020-05-05"));
    cs.setPublisher("Practice Connect sandbox");
    cs.addContact().setName("Practice Connect developers");
    cs.setDescription("This server implements the GP Connect API version " + GP_CONNECT_VERSION);
    cs.setKind(CapabilityStatement.CapabilityStatementKind.CAPABILITY);
    cs.getSoftware().setName("Practice Connect GP Connect stand-in").setVersion("1");
    cs.setFhirVersion("3.0.1");
    cs.setAcceptUnknown(CapabilityStatement.UnknownContentCode.BOTH);
    cs.addFormat("application/fhir+json");
    for (String profile :
        new String[] {
          Profiles.PATIENT, Profiles.ORGANIZATION, Profiles.PRACTITIONER, Profiles.LOCATION,
          Profiles.OPERATION_OUTCOME, Profiles.APPOINTMENT, Profiles.SCHEDULE, Profiles.SLOT
        }) {
      cs.addProfile(new Reference(profile));
    }
    CapabilityStatementRestComponent rest = cs.addRest();
    rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    rest.getSecurity().setCors(true);
    resource(rest, "Patient", true, true)
        .addSearchParam()
        .setName("identifier")
        .setType(SearchParamType.TOKEN)
        .setDocumentation("NHS Number (i.e. https://fhir.nhs.uk/Id/nhs-number|123456789)");
    resource(rest, "Organization", true, true)
        .addSearchParam()
        .setName("identifier")
        .setType(SearchParamType.TOKEN)
        .setDocumentation("ODS Code (i.e. https://fhir.nhs.uk/Id/ods-organization-code|Y12345)");
    resource(rest, "Practitioner", true, false);
    resource(rest, "Location", true, false);
    CapabilityStatementRestResourceComponent appointment =
        resource(rest, "Appointment", true, true);
    appointment.addInteraction().setCode(TypeRestfulInteraction.CREATE);
    appointment.addInteraction().setCode(TypeRestfulInteraction.UPDATE);
    appointment.setUpdateCreate(false);
    CapabilityStatementRestResourceComponent slot = resource(rest, "Slot", false, true);
    for (String include :
        new String[] {
          "Schedule:actor:Location",
          "Schedule:actor:Practitioner",
          "Slot:schedule",
          "Location:managingOrganization"
        }) {
      slot.addSearchInclude(include);
    }
    slot.addSearchParam().setName("start").setType(SearchParamType.DATE);
    slot.addSearchParam().setName("end").setType(SearchParamType.DATE);
    slot.addSearchParam().setName("status").setType(SearchParamType.TOKEN);
    slot.addSearchParam().setName("searchFilter").setType(SearchParamType.TOKEN);
    return cs;
  }

  private static CapabilityStatementRestResourceComponent resource(
      CapabilityStatementRestComponent rest, String type, boolean read, boolean search) {
    CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
    if (read) {
      r.addInteraction().setCode(TypeRestfulInteraction.READ);
    }
    if (search) {
      r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
    }
    return r;
  }
}
