/**
 * The GP Connect provider stand-in: a FHIR STU3 server per provider practice that answers the
 * Foundations and Appointment Management interactions of GP Connect 1.2.7 with the checks a real
 * provider makes (Spine headers, the audit JWT, the specification's errors), plus an admin face for
 * tests and the demo. Nothing outside the sandbox calls it except over HTTP.
 */
package uk.practiceconnect.sandbox.gpconnect;
