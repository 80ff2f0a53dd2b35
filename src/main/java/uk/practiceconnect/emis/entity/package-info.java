/**
 * EmisSettings and its value objects (OrganisationId, ApiUsername, ApiPassword); what EMIS holds
 * (EmisAppointment, EmisSlot, EmisPatient); the AppointmentCancelled event; partner outcomes and
 * PartnerException; connection test results (CheckCode, ConnectionCheck, ConnectionTestResult,
 * ConnectionTestRun) and the integration status (IntegrationState, PracticeIntegration,
 * IntegrationStatusView).
 */
package uk.practiceconnect.emis.entity;
