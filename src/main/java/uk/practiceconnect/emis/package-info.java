/**
 * How a practice reaches its EMIS Web: the Feature settings (Organisation ID, API user), the
 * partner API client every feature uses ({@code control.PartnerApi}), the connection test, the
 * troubleshooting checklist and each practice's integration status. May call platform, practice,
 * patient and inbox; reaches the EMIS sandbox only over HTTP.
 */
package uk.practiceconnect.emis;
