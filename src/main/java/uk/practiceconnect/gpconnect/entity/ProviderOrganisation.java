package uk.practiceconnect.gpconnect.entity;

/** An organisation the provider knows by its ODS code: its id there and its name. */
public record ProviderOrganisation(String logicalId, String odsCode, String name) {}
