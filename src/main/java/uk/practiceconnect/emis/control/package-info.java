/**
 * EMIS settings (the API password sealed before it is stored); the partner API client: {@code
 * PartnerApi} (the facade), {@code PartnerSessions} (a cached session per practice), {@code
 * PartnerCalls}/{@code PartnerAttempts} (typed calls; MP Fault Tolerance retries, timeouts and
 * bulkheads, checked at start-up by {@code FaultToleranceSettings}), {@code PracticeBreaker} (a
 * circuit breaker per practice), {@code PartnerClient} (the MicroProfile REST client); the
 * connection test ({@code ConnectionTest}, {@code CheckSequence}, {@code Fixes}); the integration
 * status, its periodic check and the prompt re-checks after failed calls ({@code
 * IntegrationStatus}, {@code StatusSweep}, {@code StatusClaims}, {@code StatusCheckTimer}, {@code
 * StatusRechecks}).
 */
package uk.practiceconnect.emis.control;
