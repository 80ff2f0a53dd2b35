/**
 * Patient self-booking into EMIS: the practice's booking rules, the public booking pages,
 * invitation links, the bookings REST API and the booking records that keep EMIS and us in step.
 * Talks to EMIS only through {@code emis.control.PartnerApi} and sends texts only through {@code
 * sms.control.SmsOutbox}; tells other systems of bookings through {@code
 * webhooks.control.WebhookOutbox}.
 */
@MayCall({"platform", "patient", "practice", "emis", "gpconnect", "sms", "webhooks"})
package uk.practiceconnect.booking;

import uk.practiceconnect.platform.MayCall;
