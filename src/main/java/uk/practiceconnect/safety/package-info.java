/**
 * Clinical safety (DCB0129): suspected safety incidents a practice reports from its pages, kept for
 * the supplier's clinical safety officer and read by the support desk. May call platform and
 * practice.
 */
@MayCall({"platform", "practice"})
package uk.practiceconnect.safety;

import uk.practiceconnect.platform.MayCall;
