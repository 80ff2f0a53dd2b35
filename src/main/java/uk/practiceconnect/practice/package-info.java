/**
 * Practices, the people who sign in (platform and practice admins) and sign-in itself. May call
 * platform.
 */
package uk.practiceconnect.practice;
