package nl.leerwerkplaats.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.entity.TokenPurpose;

/** Backs password/reset.xhtml?token=...: a new password through a reset link. */
@Named
@RequestScoped
public class ResetPasswordPage extends NewPasswordPage {

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.PASSWORD_RESET;
    }
}
