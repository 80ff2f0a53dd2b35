/**
 * The application shell: the main menu of the signed-in pages and where "/" takes a person. The one
 * place that knows every feature's pages.
 */
@MayCall({"platform", "practice", "inbox"})
package uk.practiceconnect.shell;

import uk.practiceconnect.platform.MayCall;
