/**
 * The practices' in-app inbox: email-style notices (for example "your EMIS link stopped working")
 * that the practice's admins read in Practice Connect. Any feature may post.
 */
@MayCall({"platform", "practice"})
package uk.practiceconnect.inbox;

import uk.practiceconnect.platform.MayCall;
