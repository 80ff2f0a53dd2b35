/**
 * Practices, the people who sign in (platform and practice admins), sign-in itself, and the pages
 * and REST resource of the audit trail.
 */
@MayCall({"platform"})
package uk.practiceconnect.practice;

import uk.practiceconnect.platform.MayCall;
