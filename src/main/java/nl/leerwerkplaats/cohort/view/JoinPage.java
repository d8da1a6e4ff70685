package nl.leerwerkplaats.cohort.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.boundary.Enrolment;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.boundary.AcceptablePassword;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/**
 * Backs join.xhtml?code=...: the link a lecturer hands out. A logged-in user joins with one click; a new
 * student creates an account and is in the class at once.
 */
@Named
@RequestScoped
public class JoinPage {

    @Size(max = 20)
    private String code;

    @NotBlank(message = "{field.required}")
    @Size(max = Account.NAME_MAX)
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank(message = "{field.required}")
    @AcceptablePassword
    private String password;

    @Inject
    Cohorts cohorts;

    @Inject
    Enrolment enrolment;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Links links;

    @Inject
    Messages messages;

    private Cohort cohort;

    public Cohort getCohort() {
        if (cohort == null && code != null) {
            cohort = cohorts.byJoinCode(code).filter(Cohort::acceptsJoins).orElse(null);
        }
        return cohort;
    }

    public String join() {
        try {
            Cohort joined = cohorts.join(currentAccount.get(), code);
            messages.info("join.joined", joined.getName());
            return "/classes/index?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "join");
            return null;
        }
    }

    public String createAccount() {
        try {
            enrolment.registerStudent(code, name, email, password, links.base());
            return "/login?faces-redirect=true&registered=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "new-account");
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
