/** The webhook endpoints REST resource and the practice's Webhooks page. */
package uk.practiceconnect.webhooks.boundary;
