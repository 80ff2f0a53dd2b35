package uk.practiceconnect.practice.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in for people: a Faces login page, checked by {@code UserIdentityStore}. The REST API does
 * not use sessions; it authenticates each call by API key.
 */
@ApplicationScoped
@DeclareRoles({"platform-admin", "practice-admin"})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {}
