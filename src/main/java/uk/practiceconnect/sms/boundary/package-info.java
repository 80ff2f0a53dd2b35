/**
 * What operations sees of the outbox (a health check with the backlog and the sender's state), and
 * a practice's own GOV.UK Notify service over REST and on the Feature settings page.
 */
package uk.practiceconnect.sms.boundary;
