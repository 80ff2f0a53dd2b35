/**
 * Queueing ({@link uk.practiceconnect.sms.control.SmsOutbox}), claiming with leases, sending
 * through the official Notify client within the rate limit, retrying, reconciling and polling
 * delivery status. May call platform and the sms entities.
 */
package uk.practiceconnect.sms.control;
