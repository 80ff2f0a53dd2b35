/** What operations sees of the outbox: a health check with the backlog and the sender's state. */
package uk.practiceconnect.sms.boundary;
