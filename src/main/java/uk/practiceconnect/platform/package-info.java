/**
 * Cross-cutting infrastructure every feature uses: the database and its migrations, the clock,
 * encryption of stored credentials, the audit trail and the shared error vocabulary. May be called
 * by every component; calls none of them.
 */
package uk.practiceconnect.platform;
