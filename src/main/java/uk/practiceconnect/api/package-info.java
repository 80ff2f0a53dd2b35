/**
 * API keys for other NHS systems: issued by the support desk (shown once, stored hashed, scoped to
 * a practice or all, read or read-write) and checked on every REST call.
 */
@MayCall({"platform", "practice"})
package uk.practiceconnect.api;

import uk.practiceconnect.platform.MayCall;
