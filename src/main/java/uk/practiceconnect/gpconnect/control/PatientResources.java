package uk.practiceconnect.gpconnect.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.dstu3.model.Address;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.HumanName;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.PrimitiveType;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.patient.entity.NhsNumber;

/** "Find a patient" (1.2.7): the search by NHS number and the patient read out of its bundle. */
final class PatientResources {

  static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  private PatientResources() {}

  static String query(NhsNumber nhsNumber) {
    return Query.of("Patient")
        .add("identifier", NHS_NUMBER_SYSTEM + "|" + nhsNumber.value())
        .toString();
  }

  /** The patient with that NHS number; an empty bundle is the provider's "no such patient". */
  static Optional<GpConnectPatient> read(Bundle bundle, NhsNumber searched) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof Patient)
        .map(r -> (Patient) r)
        .filter(p -> sameNhsNumber(p, searched))
        .findFirst()
        .map(p -> read(p, searched));
  }

  private static boolean sameNhsNumber(Patient patient, NhsNumber searched) {
    return patient.getIdentifier().stream()
        .filter(i -> NHS_NUMBER_SYSTEM.equals(i.getSystem()))
        .map(Identifier::getValue)
        .anyMatch(v -> searched.value().equals(v == null ? null : v.replaceAll("\\s", "")));
  }

  private static GpConnectPatient read(Patient patient, NhsNumber nhsNumber) {
    HumanName name =
        patient.getName().stream()
            .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
            .findFirst()
            .orElse(patient.getNameFirstRep());
    return new GpConnectPatient(
        patient.getIdElement().getIdPart(),
        nhsNumber,
        name.getPrefix().isEmpty() ? null : name.getPrefix().get(0).getValue(),
        name.getGiven().stream().map(PrimitiveType::getValue).collect(Collectors.joining(" ")),
        name.getFamily(),
        birthDate(patient),
        postcode(patient),
        mobile(patient));
  }

  /** A full date only: a record with a year or month alone gives none. */
  private static LocalDate birthDate(Patient patient) {
    String text = patient.getBirthDateElement().getValueAsString();
    return text != null && text.length() == 10 ? LocalDate.parse(text) : null;
  }

  private static String postcode(Patient patient) {
    return patient.getAddress().stream()
        .filter(a -> a.getUse() == Address.AddressUse.HOME)
        .findFirst()
        .or(() -> patient.getAddress().stream().findFirst())
        .map(Address::getPostalCode)
        .orElse(null);
  }

  private static String mobile(Patient patient) {
    return patient.getTelecom().stream()
        .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
        .filter(t -> t.getUse() == ContactPoint.ContactPointUse.MOBILE)
        .map(ContactPoint::getValue)
        .findFirst()
        .orElse(null);
  }
}
