package nl.leerwerkplaats.cohort.view;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.boundary.Enrolment;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.TransientFailure;

/**
 * Backs join.xhtml?code=...: the link a lecturer hands out. A logged-in user joins with one click; a new
 * student creates an account and is in the class at once. View-scoped: the code from the link must still be
 * known when the form is posted back.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    private String code;

    private final NewAccountForm form = new NewAccountForm();

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

    /**
     * Looked up from the code; kept for the view because a postback asks for it (the forms' rendered checks)
     * before it would otherwise know the code again. Not kept across passivation.
     */
    private transient Cohort cohort;

    public Cohort getCohort() {
        if (cohort == null && code != null) {
            cohort = cohorts.byJoinCode(code).filter(Cohort::acceptsJoins).orElse(null);
        }
        return cohort;
    }

    public String join() {
        try {
            Cohort joined = TransientFailure.retrying(() -> cohorts.join(currentAccount.get(), code));
            messages.info("join.joined", joined.getName());
            return "/classes/index?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "join");
            return null;
        }
    }

    public String createAccount() {
        try {
            // A class joins on its code at the same moment: see TransientFailure.
            TransientFailure.retrying(() -> enrolment.registerStudent(code, form.getName(), form.getEmail(),
                    form.getPassword(), links.base()));
            // The visitor's session has served its purpose; the next step is the login, which starts a new one.
            FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
            return "/login?faces-redirect=true&registered=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "new-account");
            return null;
        }
    }

    public NewAccountForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

}
