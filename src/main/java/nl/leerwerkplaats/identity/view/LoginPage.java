package nl.leerwerkplaats.identity.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.LoginGuard;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.TrustedProxy;

/** Backs login.xhtml: one action, log in, then continue to the page asked for or the catalog. */
@Named
@RequestScoped
public class LoginPage {

    @NotBlank(message = "{login.username.required}")
    @Size(max = 254)
    private String username;

    @NotBlank(message = "{login.password.required}")
    @Size(max = 1024)
    private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    LoginGuard guard;

    @Inject
    TrustedProxy trustedProxy;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = trustedProxy.clientAddress(request);
        Duration wait = guard.waitFor(username, address);
        if (!wait.isZero()) {
            // Refused before the password is checked, the same for known and unknown accounts.
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("login.throttled", seconds), null));
            return;
        }
        // A new session id at login, so that an id planted before login is worthless after it.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                // Success, continuing to the page asked for before the login.
                guard.succeeded(username);
                faces.responseComplete();
            }
            case SUCCESS -> {
                guard.succeeded(username);
                external.redirect(external.getRequestContextPath() + "/");
            }
            default -> {
                guard.failed(username, address);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.get("login.failed"), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
