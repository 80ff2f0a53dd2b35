/** InboxMessage: a notice to a practice's admins, read or unread. */
package uk.practiceconnect.inbox.entity;
