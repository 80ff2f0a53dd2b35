/**
 * What the Notify sandbox keeps and speaks: the stored text message, API keys, templates, UK mobile
 * numbers, delivery statuses and Notify's error vocabulary. Depends on nothing else.
 */
package uk.practiceconnect.sandbox.notify.entity;
