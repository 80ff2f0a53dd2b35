/**
 * A GOV.UK Notify stand-in for the demo and the tests: the v2 text message API under {@code
 * /sandbox/notify}, wire-compatible with Notify's official Java client, plus an admin face for
 * tests. Reached by the application only over HTTP; depends on nothing of the application.
 */
package uk.practiceconnect.sandbox.notify;
