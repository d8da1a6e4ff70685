package nl.leerwerkplaats.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.TokenPurpose;
import nl.leerwerkplaats.platform.BusinessException;

/** What one-time links do: accept an invitation, reset a password, confirm an e-mail address. */
@Stateless
public class Credentials {

    @Inject
    AccountTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    /** Sets the first password; a mailed invitation also proves the e-mail address. */
    public Account acceptInvitation(String token, @NotBlank String password) {
        Account account = tokens.redeem(token, TokenPurpose.INVITATION)
                .orElseThrow(() -> new BusinessException("token.invalid", null));
        Account updated = accounts.setPassword(account, password);
        if (mails.sendsMail()) {
            updated.confirmEmail();
        }
        return updated;
    }

    public Account resetPassword(String token, @NotBlank String password) {
        Account account = tokens.redeem(token, TokenPurpose.PASSWORD_RESET)
                .orElseThrow(() -> new BusinessException("token.invalid", null));
        return accounts.setPassword(account, password);
    }

    public Account verifyEmail(String token) {
        Account account = tokens.redeem(token, TokenPurpose.EMAIL_VERIFICATION)
                .orElseThrow(() -> new BusinessException("token.invalid", null));
        Account managed = accounts.find(account.getId()).orElseThrow();
        managed.confirmEmail();
        return managed;
    }

    /**
     * "Forgot password": mails a reset link when the address belongs to an active account. The caller shows
     * the same answer either way, so the form reveals nothing about who has an account.
     */
    public void requestReset(String email, String baseUrl) {
        accounts.findByLogin(email).filter(Account::isActive).filter(a -> a.getEmail() != null)
                .ifPresent(account -> mails.passwordReset(account, baseUrl));
    }
}
