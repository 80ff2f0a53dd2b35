/**
 * The Reminders and Reminder log pages, the public cancel and opt-out pages, and the REST resources
 * for reminder settings, runs and the log.
 */
package uk.practiceconnect.reminders.boundary;
