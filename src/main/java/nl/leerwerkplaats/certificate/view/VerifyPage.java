package nl.leerwerkplaats.certificate.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import nl.leerwerkplaats.certificate.boundary.Verification;
import nl.leerwerkplaats.certificate.control.VerificationCodes;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.platform.TrustedProxy;

/** Backs the public page /verify/{code}: the record, its status and its signature check, for anyone. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Verification verification;

    @Inject
    TrustedProxy trustedProxy;

    @Inject
    HttpServletRequest request;

    private String code;
    private Verification.Check check;

    public void load() {
        check = verification.check(code == null ? "" : code, trustedProxy.clientAddress(request));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (check.outcome() == Verification.Outcome.NOT_FOUND) {
            faces.getExternalContext().setResponseStatus(404);
        } else if (check.outcome() == Verification.Outcome.TOO_MANY) {
            faces.getExternalContext().setResponseStatus(429);
            faces.getExternalContext().setResponseHeader("Retry-After",
                    String.valueOf(Math.max(1, check.retryAfter().toSeconds())));
        }
    }

    public boolean isFound() {
        return check != null && check.outcome() == Verification.Outcome.FOUND;
    }

    public boolean isTooMany() {
        return check != null && check.outcome() == Verification.Outcome.TOO_MANY;
    }

    public CompletionRecord getRecord() {
        return isFound() ? check.record() : null;
    }

    public Verification.Check getCheck() {
        return check;
    }

    public String getDisplayCode() {
        return isFound() ? VerificationCodes.display(check.record().getCode()) : "";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
