package nl.leerwerkplaats.cohort.view;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Enrolment;
import nl.leerwerkplaats.identity.boundary.AcceptablePassword;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/** Backs register.xhtml: a professional creates an account and joins the open enrolment group. */
@Named
@RequestScoped
public class RegisterPage {

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

    @Size(max = Account.SKJ_NUMBER_MAX)
    @Pattern(regexp = "\\d*", message = "{skj.number.digits}")
    private String skjNumber;

    @PastOrPresent
    private LocalDate skjRegistrationStart;

    @Inject
    Enrolment enrolment;

    @Inject
    Links links;

    @Inject
    Messages messages;

    public String register() {
        try {
            enrolment.registerProfessional(name, email, password, skjNumber, skjRegistrationStart, links.base());
            return "/login?faces-redirect=true&registered=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "register");
            return null;
        }
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

    public String getSkjNumber() {
        return skjNumber;
    }

    public void setSkjNumber(String skjNumber) {
        this.skjNumber = skjNumber;
    }

    public LocalDate getSkjRegistrationStart() {
        return skjRegistrationStart;
    }

    public void setSkjRegistrationStart(LocalDate skjRegistrationStart) {
        this.skjRegistrationStart = skjRegistrationStart;
    }
}
