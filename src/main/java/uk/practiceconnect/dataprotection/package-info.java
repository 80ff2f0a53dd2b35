/**
 * Subject access and erasure: everything held about one patient of one practice (by NHS number or
 * mobile), exported for the patient and erased where the practice decides. Works on other
 * components' tables through SQL only, like retention. May call platform, practice (who is calling,
 * which practice), patient (the identifiers) and reminders (the keyed hash reminders and opt-outs
 * are found by).
 */
@MayCall({"platform", "practice", "patient", "reminders"})
package uk.practiceconnect.dataprotection;

import uk.practiceconnect.platform.MayCall;
