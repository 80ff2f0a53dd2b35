/** The Inbox page of a practice. */
package uk.practiceconnect.inbox.boundary;
