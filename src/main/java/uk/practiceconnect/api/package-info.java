/**
 * What other NHS systems meet: the JAX-RS application, API keys and RFC 9457 problem details. May
 * call every feature's control.
 */
package uk.practiceconnect.api;
