package nl.leerwerkplaats.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.AccountMails;
import nl.leerwerkplaats.identity.boundary.Credentials;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/** Backs password/forgot.xhtml: asks for a reset link; the answer is the same whether the address exists. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = 254)
    private String email;

    @Inject
    Credentials credentials;

    @Inject
    AccountMails mails;

    @Inject
    Links links;

    @Inject
    Messages messages;

    public String request() {
        credentials.requestReset(email, links.base());
        messages.info("forgot.sent");
        return "/password/forgot?faces-redirect=true";
    }

    public boolean isMailConfigured() {
        return mails.sendsMail();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
