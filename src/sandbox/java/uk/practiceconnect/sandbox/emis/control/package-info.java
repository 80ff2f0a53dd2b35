/**
 * The sandbox's logic: logon checks in EMIS order, in-memory partner sessions, the appointment book
 * (reads, concurrency-safe bookings, moves), EMAS Manager settings, injected faults and demo data.
 * Called only by the sandbox's own boundary.
 */
package uk.practiceconnect.sandbox.emis.control;
