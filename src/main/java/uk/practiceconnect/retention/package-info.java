/**
 * Retention: personal data kept no longer than its purpose needs (docs/data-protection.md). A daily
 * job deletes or anonymises what is past each kind's period, in batches, once across instances, and
 * the support desk sees what it did. Works on other components' tables through SQL only. May call
 * platform, and practice (who is calling).
 */
@MayCall({"platform", "practice"})
package uk.practiceconnect.retention;

import uk.practiceconnect.platform.MayCall;
