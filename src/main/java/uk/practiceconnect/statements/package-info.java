/**
 * The statements every patient page links to in its footer: the privacy notice (naming the
 * practice, the controller, when the link says which) and the accessibility statement. Stateless
 * pages: they never start a session. May call platform, practice (the practice's name and phone)
 * and retention (the periods the notice quotes).
 */
@MayCall({"platform", "practice", "retention"})
package uk.practiceconnect.statements;

import uk.practiceconnect.platform.MayCall;
