/**
 * Sign-in, the current practice of a page, the practices REST resource, the support desk's
 * practices page, and the audit trail of a practice (page and REST) and of the whole platform.
 */
package uk.practiceconnect.practice.boundary;
