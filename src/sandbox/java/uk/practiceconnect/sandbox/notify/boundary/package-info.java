/**
 * The Notify sandbox's HTTP faces: Notify's v2 API ({@code /sandbox/notify/v2}) and the admin face
 * for tests ({@code /sandbox/notify/admin/v1}), in a JAX-RS application of their own.
 */
package uk.practiceconnect.sandbox.notify.boundary;
