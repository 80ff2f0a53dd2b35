/**
 * Page plumbing shared by all features: the menu, formats for people, error messages on pages,
 * security headers and cookies.
 */
package uk.practiceconnect.platform.boundary;
