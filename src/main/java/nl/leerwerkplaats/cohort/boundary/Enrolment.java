package nl.leerwerkplaats.cohort.boundary;

import java.time.LocalDate;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;

import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.AccountMails;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.BusinessException;

/** New accounts that come with a group: professionals in the open enrolment group, students with a join code. */
@Stateless
public class Enrolment {

    @Inject
    Accounts accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    AccountMails mails;

    /** A professional registers and lands in the open enrolment group; a verification mail goes out. */
    public Account registerProfessional(@NotBlank String name, @NotBlank String email, @NotBlank String password,
                                        String skjNumber, LocalDate skjRegistrationStart, String baseUrl) {
        Account account = accounts.register(name, email, password, Set.of(Role.PROFESSIONAL));
        account.changeSkjRegistration(skjNumber, skjRegistrationStart);
        cohorts.enrol(cohorts.openEnrolment(), account, MemberRole.LEARNER, null);
        mails.emailVerification(account, baseUrl);
        return account;
    }

    /** A student creates an account with the join code of their class. */
    public Account registerStudent(@NotBlank String code, @NotBlank String name, @NotBlank String email,
                                   @NotBlank String password, String baseUrl) {
        Cohort cohort = cohorts.byJoinCode(code).filter(Cohort::acceptsJoins)
                .orElseThrow(() -> new BusinessException("cohort.joinCodeUnknown", "code"));
        Account account = accounts.register(name, email, password, Set.of(Role.STUDENT));
        cohorts.enrol(cohort, account, MemberRole.LEARNER, null);
        mails.emailVerification(account, baseUrl);
        return account;
    }
}
