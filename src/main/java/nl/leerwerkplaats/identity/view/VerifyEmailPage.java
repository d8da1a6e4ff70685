package nl.leerwerkplaats.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.boundary.Credentials;
import nl.leerwerkplaats.platform.BusinessException;

/** Backs account/verify.xhtml?token=...: confirms the e-mail address when the page opens. */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    Credentials credentials;

    private String token;
    private boolean confirmed;

    public void confirm() {
        try {
            credentials.verifyEmail(token);
            confirmed = true;
        } catch (BusinessException refusal) {
            confirmed = false;
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
