/**
 * One addition to GOV.UK Notify's official Java client (its own package, so it can override the
 * package-private connection factory): call timeouts. Used only by {@code
 * uk.practiceconnect.sms.control.NotifyGateway}.
 */
package uk.gov.service.notify;
