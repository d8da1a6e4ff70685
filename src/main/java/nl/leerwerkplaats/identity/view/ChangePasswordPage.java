package nl.leerwerkplaats.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.boundary.AcceptablePassword;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;

/** Backs account/password.xhtml: change the own password, proving the current one. */
@Named
@RequestScoped
public class ChangePasswordPage {

    @NotBlank(message = "{field.required}")
    @Size(max = 1024)
    private String current;

    @NotBlank(message = "{field.required}")
    @AcceptablePassword
    private String password;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    public String change() {
        try {
            accounts.changePassword(currentAccount.get().getId(), current, password);
            messages.info("password.changed");
            return "/account/profile?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "password-form");
            return null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
