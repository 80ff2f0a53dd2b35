/**
 * The GP Connect stand-in's logic: the provider practices and their generated diaries, the checks a
 * provider makes on every request (Spine headers, the audit JWT), the booking, amendment and
 * cancellation rules with concurrency-safe slot holds, the FHIR resources it answers with, and
 * injected latency and faults. Called only by the stand-in's own boundary.
 */
package uk.practiceconnect.sandbox.gpconnect.control;
