package nl.leerwerkplaats.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.TokenPurpose;
import nl.leerwerkplaats.platform.Mailer;
import nl.leerwerkplaats.platform.MailTexts;

/**
 * The mails of the account life cycle, each with a fresh one-time link. Every method returns the link, so
 * that without SMTP a lecturer or admin can hand it over on screen or on paper instead.
 */
@Stateless
public class AccountMails {

    @Inject
    AccountTokens tokens;

    @Inject
    Mailer mailer;

    public String invitation(Account account, String cohortName, String baseUrl) {
        String link = baseUrl + "/invitation?token=" + tokens.issue(account, TokenPurpose.INVITATION);
        mailer.send(account.getEmail(), MailTexts.get("mail.invitation.subject"),
                MailTexts.get("mail.invitation.body", account.getDisplayName(), cohortName, link));
        return link;
    }

    public String passwordReset(Account account, String baseUrl) {
        String link = baseUrl + "/password/reset?token=" + tokens.issue(account, TokenPurpose.PASSWORD_RESET);
        if (account.getEmail() != null) {
            mailer.send(account.getEmail(), MailTexts.get("mail.reset.subject"),
                    MailTexts.get("mail.reset.body", account.getDisplayName(), link));
        }
        return link;
    }

    public String emailVerification(Account account, String baseUrl) {
        String link = baseUrl + "/account/verify?token=" + tokens.issue(account, TokenPurpose.EMAIL_VERIFICATION);
        mailer.send(account.getEmail(), MailTexts.get("mail.verify.subject"),
                MailTexts.get("mail.verify.body", account.getDisplayName(), link));
        return link;
    }

    public boolean sendsMail() {
        return mailer.isConfigured();
    }
}
