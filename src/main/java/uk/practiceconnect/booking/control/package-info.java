/**
 * The booking logic: settings, slot search (with a short per-practice cache), identity checks with
 * their rate limit, booking with idempotency and reconciliation, cancelling (and following
 * cancellations made elsewhere), invitations and the texts. May call {@code
 * emis.control.PartnerApi} (and observe its {@code emis.entity.AppointmentCancelled}), {@code
 * sms.control.SmsOutbox}, {@code platform.control} and {@code practice.control}.
 */
package uk.practiceconnect.booking.control;
