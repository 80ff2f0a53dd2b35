/**
 * EMIS settings (the API password sealed before it is stored); the partner API client: {@code
 * PartnerApi} (the facade), {@code PartnerSessions} (a cached session per practice), {@code
 * PartnerCalls}/{@code PartnerAttempts} (typed calls, retries, MP Fault Tolerance timeouts and
 * bulkheads), {@code PracticeBreaker} (a circuit breaker per practice), {@code PartnerClient} (the
 * MicroProfile REST client); the connection test ({@code ConnectionTest}, {@code CheckSequence},
 * {@code Fixes}); the integration status and its periodic check ({@code IntegrationStatus}, {@code
 * StatusSweep}, {@code StatusClaims}, {@code StatusCheckTimer}).
 */
package uk.practiceconnect.emis.control;
