package nl.leerwerkplaats.cohort.view;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Enrolment;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.TransientFailure;

/** Backs register.xhtml: a professional creates an account and joins the open enrolment group. */
@Named
@RequestScoped
public class RegisterPage {

    private final NewAccountForm form = new NewAccountForm();

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
            TransientFailure.retrying(() -> enrolment.registerProfessional(form.getName(), form.getEmail(),
                    form.getPassword(), skjNumber, skjRegistrationStart, links.base()));
            // The visitor's session has served its purpose; the next step is the login, which starts a new one.
            FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
            return "/login?faces-redirect=true&registered=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "register");
            return null;
        }
    }

    public NewAccountForm getForm() {
        return form;
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
