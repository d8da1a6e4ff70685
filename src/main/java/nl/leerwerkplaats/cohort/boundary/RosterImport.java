package nl.leerwerkplaats.cohort.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import nl.leerwerkplaats.cohort.control.RosterCsv;
import nl.leerwerkplaats.cohort.control.RosterError;
import nl.leerwerkplaats.cohort.control.RosterReport;
import nl.leerwerkplaats.cohort.control.RosterRow;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.AccountMails;
import nl.leerwerkplaats.identity.boundary.Accounts;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.platform.DataChange;

/**
 * Imports a class list from CSV: all rows or none. Every row is checked first (the file, then against the
 * accounts that exist); only a clean file changes anything. New students get an invitation link. A student who
 * already has an account is asked to join (a notification with the class's join link), never enrolled by the list:
 * whoever teaches a learner reads all their work, so a lecturer could otherwise take in anyone whose e-mail
 * address they know.
 */
@Stateless
public class RosterImport {

    /** What happened to one row: a new account, an existing account asked to join, or already in the class. */
    public enum RowStatus { CREATED, ASKED_TO_JOIN, ALREADY_MEMBER }

    public record ImportedRow(int line, String name, String email, String studentNumber, RowStatus status,
                              String invitationLink) {
    }

    public record Outcome(List<RosterError> errors, List<ImportedRow> rows) {
        public boolean imported() {
            return errors.isEmpty();
        }
    }

    /** A learner who has not set a password yet, with a fresh invitation link to hand over. */
    public record Invitation(String name, String email, String studentNumber, String link) {
    }

    @Inject
    Cohorts cohorts;

    @Inject
    Event<DataChange> changes;

    @Inject
    Accounts accounts;

    @Inject
    AccountMails mails;

    @Inject
    Notifications notifications;

    public Outcome importCsv(Long cohortId, Account by, byte[] csv, String baseUrl) {
        Cohort cohort = cohorts.manageableBy(cohortId, by);
        RosterReport report = RosterCsv.parse(csv);
        List<RosterError> errors = new ArrayList<>(report.errors());
        for (RosterRow row : report.rows()) {
            accounts.findByLogin(row.email()).ifPresent(existing -> {
                if (!existing.hasRole(Role.STUDENT)) {
                    errors.add(new RosterError(row.line(), "e-mail", "'" + row.email()
                            + "' hoort bij een account dat geen student is; voeg die persoon apart toe"));
                } else if (!existing.isActive()) {
                    errors.add(new RosterError(row.line(), "e-mail", "het account van '"
                            + row.email() + "' is gedeactiveerd; vraag de beheerder het te heractiveren"));
                }
            });
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RosterError::line));
            return new Outcome(List.copyOf(errors), List.of());
        }
        List<ImportedRow> imported = new ArrayList<>();
        for (RosterRow row : report.rows()) {
            imported.add(importRow(cohort, row, baseUrl));
        }
        changes.fire(new DataChange(by.getId(), "class.listImported", Cohorts.subject(cohort),
                imported.size() + " row(s): " + imported.stream().filter(r -> r.status() == RowStatus.CREATED).count()
                        + " account(s) created, " + imported.stream()
                        .filter(r -> r.status() == RowStatus.ASKED_TO_JOIN).count() + " asked to join"));
        return new Outcome(List.of(), List.copyOf(imported));
    }

    private ImportedRow importRow(Cohort cohort, RosterRow row, String baseUrl) {
        Optional<Account> existing = accounts.findByLogin(row.email());
        if (existing.isPresent() && !isMember(cohort, existing.get())) {
            notifications.notify(existing.get(), "notify.classInvitation", cohort.getName(),
                    cohort.acceptsJoins() ? "/join?code=" + cohort.getJoinCode() : "/classes/index");
            return new ImportedRow(row.line(), row.name(), row.email(), row.studentNumber(), RowStatus.ASKED_TO_JOIN,
                    null);
        }
        Account account = existing.orElseGet(() -> accounts.createInvited(row.name(), row.email(), Set.of(Role.STUDENT)));
        cohorts.enrol(cohort, account, MemberRole.LEARNER, row.studentNumber());
        RowStatus status = existing.isEmpty() ? RowStatus.CREATED : RowStatus.ALREADY_MEMBER;
        String link = account.hasPassword() ? null : mails.invitation(account, cohort.getName(), baseUrl);
        return new ImportedRow(row.line(), row.name(), row.email(), row.studentNumber(), status, link);
    }

    private boolean isMember(Cohort cohort, Account account) {
        return cohorts.members(cohort).stream().anyMatch(m -> m.getMemberRole() == MemberRole.LEARNER
                && m.getAccount().getId().equals(account.getId()));
    }

    /**
     * Fresh invitation links for the learners who have not set a password yet, to print or hand over when
     * there is no mail server (each new link replaces the learner's earlier one).
     */
    public List<Invitation> openInvitations(Long cohortId, Account by, String baseUrl) {
        Cohort cohort = cohorts.manageableBy(cohortId, by);
        return cohorts.members(cohort).stream()
                .filter(m -> m.getMemberRole() == MemberRole.LEARNER && !m.getAccount().hasPassword())
                .map(m -> new Invitation(m.getAccount().getDisplayName(), m.getAccount().getEmail(),
                        m.getStudentNumber(), mails.invitation(m.getAccount(), cohort.getName(), baseUrl)))
                .toList();
    }
}
