package nl.leerwerkplaats.privacy.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.privacy.boundary.Anonymisation;

/**
 * Backs the anonymisation form on admin/account.xhtml?id=...: cannot be undone, so the admin ticks a confirmation
 * first (its message next to the box).
 */
@Named
@RequestScoped
public class AccountAnonymisation {

    @AssertTrue(message = "{privacy.anonymise.confirmRequired}")
    private boolean confirmed;

    @Inject
    Anonymisation anonymisation;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    public String anonymise(Long accountId) {
        try {
            anonymisation.anonymise(currentAccount.get(), accountId);
            messages.info("privacy.anonymise.doneMessage");
            // Loaded again, so the page's form no longer shows the removed name and address.
            return "/admin/account?faces-redirect=true&id=" + accountId;
        } catch (BusinessException refusal) {
            messages.show(refusal, "anonymise-form");
            return null;
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
