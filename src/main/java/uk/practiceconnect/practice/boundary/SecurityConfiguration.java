package uk.practiceconnect.practice.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sign-in for people: a Faces login page ({@link StaffSignInModule}), checked by {@code
 * UserIdentityStore}. The REST API does not use sessions; it authenticates each call by API key.
 */
@ApplicationScoped
@DeclareRoles({"platform-admin", "practice-admin"})
public class SecurityConfiguration {}
