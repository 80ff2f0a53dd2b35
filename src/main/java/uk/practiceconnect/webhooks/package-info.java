/**
 * Webhooks for other NHS systems, as the Standard Webhooks specification has them: endpoints a
 * practice registers, events written to an outbox in the transaction of the change they report, and
 * signed deliveries retried with back-off. Any feature may record an event; it calls no feature.
 */
@MayCall({"platform", "practice", "inbox"})
package uk.practiceconnect.webhooks;

import uk.practiceconnect.platform.MayCall;
