/**
 * Finding practices the caller may see, adding practices and admins, password hashing and the
 * identity store.
 */
package uk.practiceconnect.practice.control;
