package nl.leerwerkplaats.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the Faces page /login; the URL constraints are in web.xml. After login the user
 * returns to the page they asked for.
 */
@ApplicationScoped
@DeclareRoles({"student", "lecturer", "professional", "admin"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
