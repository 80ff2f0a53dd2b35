/**
 * How a practice reaches its EMIS Web: the Feature settings (Organisation ID, API user), the
 * partner API client every feature uses ({@code control.PartnerApi}), the connection test, the
 * troubleshooting checklist and each practice's integration status. Reaches EMIS (or its sandbox)
 * only over HTTP.
 */
@MayCall({"platform", "patient", "practice", "inbox", "webhooks"})
package uk.practiceconnect.emis;

import uk.practiceconnect.platform.MayCall;
