/**
 * The error vocabulary (codes, field errors, validation), the audit entry and small text checks
 * shared by value objects.
 */
package uk.practiceconnect.platform.entity;
