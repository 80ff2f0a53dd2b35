/**
 * Stand-ins for the systems Practice Connect talks to but cannot reach from here: the EMIS partner
 * API ({@code emis}) and GOV.UK Notify ({@code notify}). A WAR of their own (context root {@code
 * /sandbox}) with their own database, deployed beside the application for the demo and the tests
 * and never in production. They share no code with the application, which reaches them only over
 * HTTP, as it would the real services.
 */
package uk.practiceconnect.sandbox;
