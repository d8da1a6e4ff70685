package nl.leerwerkplaats.identity.view;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
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
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/** Backs admin/accounts.xhtml: search accounts and create one (the new owner gets an invitation link). */
@Named
@RequestScoped
public class AccountsAdminPage {

    static final int MAX_RESULTS = 200;

    @Size(max = 200)
    private String query;

    @NotBlank(message = "{field.required}")
    @Size(max = Account.NAME_MAX)
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotEmpty(message = "{account.rolesRequired}")
    private List<String> roles = List.of(Role.STUDENT.name());

    private String invitationLink;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    Links links;

    @Inject
    Messages messages;

    private List<Account> results;

    public List<Account> getResults() {
        if (results == null) {
            results = accounts.search(query, MAX_RESULTS);
        }
        return results;
    }

    public void search() {
        results = null;
    }

    public void create() {
        try {
            Set<Role> chosen = chosenRoles(roles);
            Account created = accounts.createInvited(name, email, chosen);
            invitationLink = mails.invitation(created, "Leerwerkplaats", links.base());
            messages.info(mails.sendsMail() ? "admin.accounts.createdMailed" : "admin.accounts.created",
                    created.getDisplayName());
            name = null;
            email = null;
            results = null;
        } catch (BusinessException refusal) {
            messages.show(refusal, "create");
        }
    }

    /** Check boxes submit role names; a selectMany has no element type to convert to. */
    static Set<Role> chosenRoles(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        names.forEach(n -> chosen.add(Role.valueOf(n)));
        return chosen;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
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

    public String getInvitationLink() {
        return invitationLink;
    }
}
