/**
 * The practices' in-app inbox: email-style notices (for example "your EMIS link stopped working")
 * that the practice's admins read in Practice Connect. Any feature may post; may call platform and
 * practice.
 */
package uk.practiceconnect.inbox;
