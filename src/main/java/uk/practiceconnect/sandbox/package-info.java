/**
 * Stand-ins for the systems Practice Connect talks to but cannot reach from here: the EMIS partner
 * API ({@code emis}) and GOV.UK Notify ({@code notify}). Switched on by {@code sandbox.enabled};
 * the rest of the application reaches them only over HTTP, never by a Java call.
 */
package uk.practiceconnect.sandbox;
