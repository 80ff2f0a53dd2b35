/**
 * Cross-cutting infrastructure every component uses: the database and its migrations, the clock,
 * encryption of stored credentials, the audit trail, the shared error vocabulary and the web
 * plumbing of pages and the REST API ({@code web}). The ground floor: calls no other component.
 */
@MayCall({})
package uk.practiceconnect.platform;
