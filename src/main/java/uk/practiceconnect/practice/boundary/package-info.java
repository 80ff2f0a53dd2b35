/**
 * Sign-in, the current practice of a page, the practices REST resource and the support desk's
 * practices page.
 */
package uk.practiceconnect.practice.boundary;
