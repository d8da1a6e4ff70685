package nl.leerwerkplaats.identity.view;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.AccountMails;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/** Backs account/profile.xhtml: own name, e-mail and SKJ registration. */
@Named
@RequestScoped
public class ProfilePage {

    @NotBlank(message = "{field.required}")
    @Size(max = Account.NAME_MAX)
    private String name;

    @Email(message = "{field.email}")
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @Size(max = Account.SKJ_NUMBER_MAX)
    @Pattern(regexp = "\\d*", message = "{skj.number.digits}")
    private String skjNumber;

    @PastOrPresent
    private LocalDate skjRegistrationStart;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    Links links;

    @Inject
    Messages messages;

    @PostConstruct
    void fill() {
        Account account = currentAccount.get();
        name = account.getDisplayName();
        email = account.getEmail();
        skjNumber = account.getSkjNumber();
        skjRegistrationStart = account.getSkjRegistrationStart();
    }

    public Account getAccount() {
        return currentAccount.get();
    }

    public String save() {
        try {
            String before = currentAccount.get().getEmail();
            Account saved = accounts.updateProfile(currentAccount.get().getId(), name, email, skjNumber, skjRegistrationStart);
            if (saved.getEmail() != null && !saved.getEmail().equals(before)) {
                mails.emailVerification(saved, links.base());
            }
            messages.info("profile.saved");
            return "/account/profile?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "profile");
            return null;
        }
    }

    public void sendVerification() {
        mails.emailVerification(currentAccount.get(), links.base());
        messages.info(mails.sendsMail() ? "profile.verificationSent" : "profile.noMail");
    }

    public boolean isMailConfigured() {
        return mails.sendsMail();
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
