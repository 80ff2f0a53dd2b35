/**
 * The EMIS partner API sandbox: a stand-in for the EMIS side (EMAS Manager settings, appointment
 * books, patients) with a partner face the application's REST client calls and an admin face for
 * tests and the demo. Nothing outside the sandbox calls it except over HTTP.
 */
package uk.practiceconnect.sandbox.emis;
