/** GP Connect: the FHIR consumer, its settings service and connection test. */
package uk.practiceconnect.gpconnect.control;
