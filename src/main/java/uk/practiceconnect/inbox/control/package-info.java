/** Posting notices to a practice's inbox and reading them. May call platform. */
package uk.practiceconnect.inbox.control;
