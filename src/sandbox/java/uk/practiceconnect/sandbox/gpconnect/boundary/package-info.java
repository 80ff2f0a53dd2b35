/**
 * The GP Connect stand-in's faces: the JAX-RS application under {@code /sandbox/gpconnect}, with a
 * FHIR base per provider ({@code {odsCode}/STU3/1/gpconnect}) answering FHIR JSON and
 * GPConnect-OperationOutcome-1 errors, and an admin face ({@code admin/v1}) with problem details.
 * Calls only the stand-in's control package.
 */
package uk.practiceconnect.sandbox.gpconnect.boundary;
