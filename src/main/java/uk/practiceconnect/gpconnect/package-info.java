/**
 * How a practice is reached through GP Connect Appointment Management (FHIR STU3, specification
 * 1.2.7), the second route beside the EMIS partner API: the practice's provider settings, the
 * consumer that calls the provider over HTTP (mutual TLS), and its connection test. Answers in the
 * appointment-book vocabulary of {@code emis.entity} so booking need not know which route a
 * practice uses.
 */
@MayCall({"platform", "patient", "practice", "emis"})
package uk.practiceconnect.gpconnect;

import uk.practiceconnect.platform.MayCall;
