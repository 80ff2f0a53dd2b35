package uk.practiceconnect.sandbox.gpconnect.control;

import org.hl7.fhir.dstu3.model.Address;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.DateTimeType;
import org.hl7.fhir.dstu3.model.DateType;
import org.hl7.fhir.dstu3.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.HumanName;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.Reference;
import uk.practiceconnect.sandbox.gpconnect.entity.Clinician;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * The Foundations resources of a provider (its Organization, its one Location, its Practitioners
 * and registered Patients) in the CareConnect-GPC profiles. They never change, so each is at
 * version 1.
 */
public final class DirectoryResources {

  public static final String VERSION = "1";

  /** When the test patients registered (the registration period's start). */
  static final String REGISTERED_SINCE = "2015-04-01";

  private DirectoryResources() {}

  public static Organization organization(Provider provider) {
    Organization org = new Organization();
    org.setId(Provider.ORGANIZATION_ID);
    org.getMeta().setVersionId(VERSION).addProfile(Profiles.ORGANIZATION);
    org.addIdentifier().setSystem(Profiles.ODS_SYSTEM).setValue(provider.odsCode());
    org.setName(provider.name());
    org.addTelecom(phone(provider.phone(), ContactPoint.ContactPointUse.WORK));
    org.addAddress(address(provider.address()));
    return org;
  }

  public static Location location(Provider provider) {
    Location location = new Location();
    location.setId(Provider.LOCATION_ID);
    location.getMeta().setVersionId(VERSION).addProfile(Profiles.LOCATION);
    location.setName(provider.name());
    location.setAddress(address(provider.address()));
    location.addTelecom(phone(provider.phone(), ContactPoint.ContactPointUse.WORK));
    location.setManagingOrganization(
        new Reference("Organization/" + Provider.ORGANIZATION_ID).setDisplay(provider.name()));
    return location;
  }

  public static Practitioner practitioner(Clinician clinician) {
    Practitioner p = new Practitioner();
    p.setId(clinician.id());
    p.getMeta().setVersionId(VERSION).addProfile(Profiles.PRACTITIONER);
    p.addIdentifier().setSystem(Profiles.SDS_USER_SYSTEM).setValue(clinician.sdsUserId());
    p.addName(
        new HumanName()
            .setUse(HumanName.NameUse.USUAL)
            .setFamily(clinician.family())
            .addGiven(clinician.given())
            .addPrefix(clinician.prefix()));
    p.setGender(AdministrativeGender.fromCode(clinician.gender()));
    return p;
  }

  /**
   * The role a clinician's schedules and appointments carry
   * (Extension-GPConnect-PractitionerRole-1).
   */
  public static CodeableConcept role(Clinician clinician) {
    CodeableConcept role = new CodeableConcept();
    if (clinician.roleCode() != null) {
      role.addCoding(
          new Coding(Profiles.JOB_ROLE_SYSTEM, clinician.roleCode(), clinician.roleDisplay()));
    } else {
      role.setText(clinician.roleDisplay());
    }
    return role;
  }

  public static Patient patient(Provider provider, TestPatient tp) {
    Patient p = new Patient();
    p.setId(tp.id());
    p.getMeta().setVersionId(VERSION).addProfile(Profiles.PATIENT);
    Extension registration = new Extension(Profiles.EXT_REGISTRATION_DETAILS);
    registration.addExtension(
        new Extension(
            "registrationPeriod",
            new Period().setStartElement(new DateTimeType(REGISTERED_SINCE))));
    registration.addExtension(
        new Extension("preferredBranchSurgery", new Reference("Location/" + Provider.LOCATION_ID)));
    p.addExtension(registration);
    Identifier nhs =
        p.addIdentifier().setSystem(Profiles.NHS_NUMBER_SYSTEM).setValue(tp.nhsNumber());
    nhs.addExtension(
        new Extension(
            Profiles.EXT_NHS_NUMBER_VERIFICATION,
            new CodeableConcept(
                new Coding(
                    Profiles.NHS_NUMBER_VERIFICATION_SYSTEM,
                    "01",
                    "Number present and verified"))));
    p.setActive(true);
    HumanName name =
        new HumanName()
            .setUse(HumanName.NameUse.OFFICIAL)
            .setFamily(tp.family())
            .addGiven(tp.given());
    if (tp.prefix() != null) {
      name.addPrefix(tp.prefix());
    }
    p.addName(name);
    if (tp.homePhone() != null) {
      p.addTelecom(phone(tp.homePhone(), ContactPoint.ContactPointUse.HOME));
    }
    if (tp.mobile() != null) {
      p.addTelecom(phone(tp.mobile(), ContactPoint.ContactPointUse.MOBILE));
    }
    p.setGender(AdministrativeGender.fromCode(tp.gender()));
    p.setBirthDateElement(new DateType(tp.birthDate().toString()));
    p.addAddress(address(tp.address()).setUse(Address.AddressUse.HOME));
    p.addGeneralPractitioner(
        new Reference("Practitioner/1")
            .setDisplay(provider.clinician("1").orElseThrow().displayName()));
    p.setManagingOrganization(
        new Reference("Organization/" + Provider.ORGANIZATION_ID).setDisplay(provider.name()));
    return p;
  }

  private static ContactPoint phone(String number, ContactPoint.ContactPointUse use) {
    return new ContactPoint()
        .setSystem(ContactPoint.ContactPointSystem.PHONE)
        .setValue(number)
        .setUse(use);
  }

  private static Address address(uk.practiceconnect.sandbox.gpconnect.entity.Address a) {
    Address address = new Address().setType(Address.AddressType.PHYSICAL);
    a.lines().forEach(address::addLine);
    return address.setCity(a.city()).setDistrict(a.district()).setPostalCode(a.postcode());
  }
}
