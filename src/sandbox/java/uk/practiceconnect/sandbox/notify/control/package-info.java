/**
 * The Notify sandbox's rules: token (JWT) checks, rate limit, daily limit, injected faults,
 * delivery timeline and the outbox. May use {@code entity}; never the application's packages.
 */
package uk.practiceconnect.sandbox.notify.control;
