/**
 * Recording events in the caller's transaction, registering and rotating endpoints (audited), and
 * the background sender that claims due deliveries and posts them.
 */
package uk.practiceconnect.webhooks.control;
