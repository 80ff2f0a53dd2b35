package uk.practiceconnect.gpconnect.entity;

/**
 * What a provider's capability statement says of itself: the GP Connect specification version it
 * implements ({@code CapabilityStatement.version}, e.g. {@code 1.2.7}), the FHIR version and its
 * software. Shown by the connection test.
 */
public record ProviderCapability(
    String specificationVersion, String fhirVersion, String softwareName, String softwareVersion) {}
