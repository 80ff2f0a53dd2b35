/**
 * The endpoints, events and deliveries, and the rules that need no database: event types, the
 * secret, the signature, which addresses may receive events, and the retry timetable.
 */
package uk.practiceconnect.webhooks.entity;
