package nl.leerwerkplaats.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.entity.TokenPurpose;

/** Backs invitation.xhtml?token=...: an imported or admin-created user sets a first password. */
@Named
@RequestScoped
public class AcceptInvitationPage extends NewPasswordPage {

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.INVITATION;
    }
}
