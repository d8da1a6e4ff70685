package nl.leerwerkplaats.identity.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.AccountMails;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.FacesPages;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/**
 * Backs admin/account.xhtml?id=...: edit one account (name, e-mail, roles, active) and make a password reset
 * link. Changing roles keeps the account, so a student who becomes a professional keeps their history.
 */
@Named
@ViewScoped
public class AccountAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = Account.NAME_MAX)
    private String name;

    @Email(message = "{field.email}")
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotEmpty(message = "{account.rolesRequired}")
    private List<String> roles = new ArrayList<>();

    private boolean active;
    private String resetLink;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    Links links;

    @Inject
    Messages messages;

    public void load() {
        accounts.find(id).ifPresentOrElse(account -> {
            name = account.getDisplayName();
            email = account.getEmail();
            roles = new ArrayList<>(account.getRoles().stream().map(Role::name).toList());
            active = account.isActive();
        }, FacesPages::notFound);
    }

    public Account getAccount() {
        return accounts.find(id).orElseThrow();
    }

    public void save() {
        try {
            accounts.updateByAdmin(id, name, email, AccountsAdminPage.chosenRoles(roles), active);
            messages.info("admin.account.saved");
        } catch (BusinessException refusal) {
            messages.show(refusal, "account");
        }
    }

    public void makeResetLink() {
        Account account = getAccount();
        resetLink = account.hasPassword() ? mails.passwordReset(account, links.base())
                : mails.invitation(account, "Leerwerkplaats", links.base());
        accounts.audit(accounts.current(), "account.resetLinkMade", account, null);
        messages.info(mails.sendsMail() && account.getEmail() != null ? "admin.account.resetMailed" : "admin.account.resetLink");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getResetLink() {
        return resetLink;
    }
}
