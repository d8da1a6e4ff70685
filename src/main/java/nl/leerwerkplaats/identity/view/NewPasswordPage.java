package nl.leerwerkplaats.identity.view;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.AccountTokens;
import nl.leerwerkplaats.identity.boundary.Credentials;
import nl.leerwerkplaats.identity.boundary.AcceptablePassword;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.TokenPurpose;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;

/**
 * Choosing a password through a one-time link: what invitation.xhtml and password/reset.xhtml share. The
 * two pages differ only in wording and in which kind of link they accept.
 */
public abstract class NewPasswordPage {

    @Size(max = 100)
    private String token;

    @NotBlank(message = "{field.required}")
    @AcceptablePassword
    private String password;

    @Inject
    AccountTokens tokens;

    @Inject
    Credentials credentials;

    @Inject
    Messages messages;

    private Account account;

    /** The account the link belongs to, or null when the link is unknown, used or expired. */
    public Account getAccount() {
        if (account == null && token != null) {
            account = tokens.peek(token, purpose()).orElse(null);
        }
        return account;
    }

    public String save() {
        try {
            if (purpose() == TokenPurpose.INVITATION) {
                credentials.acceptInvitation(token, password);
            } else {
                credentials.resetPassword(token, password);
            }
            messages.info("newPassword.saved");
            return "/login?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "new-password");
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The kind of link this page accepts. */
    protected abstract TokenPurpose purpose();

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
