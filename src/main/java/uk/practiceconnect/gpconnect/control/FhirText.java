package uk.practiceconnect.gpconnect.control;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.DomainResource;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.HumanName;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.PrimitiveType;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;

/** The words people read out of FHIR elements: names, texts of codes, extension values. */
final class FhirText {

  private FhirText() {}

  /** A concept's text, else its first coding's display; null when it has neither. */
  static String text(CodeableConcept concept) {
    if (concept == null || concept.isEmpty()) {
      return null;
    }
    if (concept.hasText()) {
      return concept.getText();
    }
    return concept.getCoding().stream()
        .filter(c -> c.hasDisplay())
        .map(c -> c.getDisplay())
        .findFirst()
        .orElse(null);
  }

  static String firstText(List<CodeableConcept> concepts) {
    return concepts.stream().map(FhirText::text).filter(t -> t != null).findFirst().orElse(null);
  }

  /** "Dr Sarah Black", from the resource when the bundle has it, else the reference's display. */
  static String personName(Resource found, Reference reference) {
    if (found instanceof Practitioner practitioner && practitioner.hasName()) {
      return fullName(practitioner.getName().get(0));
    }
    return reference.hasDisplay() ? reference.getDisplay() : null;
  }

  static String fullName(HumanName name) {
    return Stream.of(
            name.getPrefix().stream().map(PrimitiveType::getValue),
            name.getGiven().stream().map(PrimitiveType::getValue),
            Stream.of(name.getFamily()))
        .flatMap(s -> s)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
  }

  static String extensionCode(DomainResource resource, String url) {
    Extension extension = resource.getExtensionByUrl(url);
    if (extension == null || !(extension.getValue() instanceof PrimitiveType<?> value)) {
      return null;
    }
    return value.getValueAsString();
  }
}
