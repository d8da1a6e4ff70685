package nl.leerwerkplaats.cohort.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.control.JoinCode;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.DataChange;

/** Creating and running classes: membership, lecturers, join codes, archiving and roll-over. */
@Stateless
public class Cohorts {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String OPEN_ENROLMENT_NAME = "Open inschrijving";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DataChange> changes;

    @Inject
    Clock clock;

    public Cohort create(Account lecturer, @NotBlank @Size(max = Cohort.NAME_MAX) String name,
                         @Pattern(regexp = Cohort.ACADEMIC_YEAR) String academicYear, CohortKind kind) {
        Account creator = em.find(Account.class, lecturer.getId());
        if (!creator.hasRole(Role.LECTURER) && !creator.hasRole(Role.ADMIN)) {
            throw new AccessDenied("only lecturers create classes");
        }
        if (kind == CohortKind.OPEN_ENROLMENT) {
            throw new IllegalArgumentException("There is one open enrolment group; it is not created by hand");
        }
        Cohort cohort = new Cohort(name, academicYear, kind, freeJoinCode(), clock.instant());
        em.persist(cohort);
        em.persist(new CohortMember(cohort, creator, MemberRole.LECTURER, null, clock.instant()));
        em.flush();
        changes.fire(new DataChange(creator.getId(), "class.created", subject(cohort), name));
        return cohort;
    }

    /** The open enrolment group, created on first use (at start-up, see CohortBootstrap). */
    public Cohort openEnrolment() {
        return em.createNamedQuery(Cohort.FIND_BY_KIND, Cohort.class).setParameter("kind", CohortKind.OPEN_ENROLMENT)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Cohort group = new Cohort(OPEN_ENROLMENT_NAME, null, CohortKind.OPEN_ENROLMENT, null, clock.instant());
                    em.persist(group);
                    return group;
                });
    }

    /** A cohort the account may see the members of: its lecturers and reviewers, and admins. */
    public Cohort visibleTo(Long cohortId, Account account) {
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !(isAdmin(account) || hasRole(cohort, account, MemberRole.LECTURER)
                || hasRole(cohort, account, MemberRole.REVIEWER))) {
            throw new AccessDenied("cohort " + cohortId);
        }
        return cohort;
    }

    /** A cohort the account may change: its lecturers, and admins. */
    public Cohort manageableBy(Long cohortId, Account account) {
        Cohort cohort = visibleTo(cohortId, account);
        if (!isAdmin(account) && !hasRole(cohort, account, MemberRole.LECTURER)) {
            throw new AccessDenied("cohort " + cohortId);
        }
        return cohort;
    }

    public boolean canManage(Cohort cohort, Account account) {
        return isAdmin(account) || hasRole(cohort, account, MemberRole.LECTURER);
    }

    /** Classes the account teaches or reviews; for admins every cohort. */
    public List<Cohort> taughtBy(Account account) {
        if (isAdmin(account)) {
            return em.createNamedQuery(Cohort.FIND_ALL, Cohort.class).getResultList();
        }
        return membershipsOf(account, Set.of(MemberRole.LECTURER, MemberRole.REVIEWER)).stream()
                .map(CohortMember::getCohort).distinct().toList();
    }

    public List<CohortMember> membershipsOf(Account account, Set<MemberRole> roles) {
        return em.createNamedQuery(CohortMember.FIND_ACTIVE_OF, CohortMember.class)
                .setParameter("account", em.find(Account.class, account.getId())).setParameter("roles", roles)
                .getResultList();
    }

    /** Whether the staff member teaches or reviews a class the learner is in; admins teach everyone. */
    public boolean teaches(Account staff, Account learner) {
        return isAdmin(staff) || em.createNamedQuery(CohortMember.COUNT_TAUGHT, Long.class)
                .setParameter("learner", learner).setParameter("staff", em.find(Account.class, staff.getId()))
                .getSingleResult() > 0;
    }

    /** The lecturers and reviewers of every class the learner is in: who hears of their work. */
    public List<Account> staffOf(Account learner) {
        return em.createNamedQuery(CohortMember.FIND_STAFF_OF, Account.class)
                .setParameter("learner", em.find(Account.class, learner.getId())).getResultList();
    }

    public List<CohortMember> members(Cohort cohort) {
        return em.createNamedQuery(CohortMember.FIND_ACTIVE_IN, CohortMember.class)
                .setParameter("cohort", cohort).getResultList();
    }

    public Optional<Cohort> byJoinCode(String typed) {
        return JoinCode.normalise(typed).flatMap(code -> em.createNamedQuery(Cohort.FIND_BY_JOIN_CODE, Cohort.class)
                .setParameter("code", code).getResultStream().findFirst());
    }

    /** The account joins the class of this code as a learner. */
    public Cohort join(Account account, String typedCode) {
        Cohort cohort = byJoinCode(typedCode).filter(Cohort::acceptsJoins)
                .orElseThrow(() -> new BusinessException("cohort.joinCodeUnknown", "code"));
        enrol(cohort, em.find(Account.class, account.getId()), MemberRole.LEARNER, null);
        return cohort;
    }

    /** Adds or reinstates a membership; returns false when the account already was an active member. */
    public boolean enrol(Cohort cohort, Account account, MemberRole role, String studentNumber) {
        Optional<CohortMember> existing = em.createNamedQuery(CohortMember.FIND, CohortMember.class)
                .setParameter("cohort", cohort).setParameter("account", account).setParameter("role", role)
                .getResultStream().findFirst();
        if (existing.isPresent() && existing.get().isActive()) {
            return false;
        }
        if (existing.isPresent()) {
            existing.get().reinstate(studentNumber, clock.instant());
        } else {
            em.persist(new CohortMember(cohort, account, role, studentNumber, clock.instant()));
        }
        return true;
    }

    /** A co-lecturer (or, for the open enrolment group, a reviewer): must be an account with the lecturer role. */
    public CohortMember addStaff(Long cohortId, Account by, String login) {
        Cohort cohort = manageableBy(cohortId, by);
        MemberRole role = cohort.isOpenEnrolment() ? MemberRole.REVIEWER : MemberRole.LECTURER;
        if (cohort.isOpenEnrolment() && !isAdmin(by)) {
            throw new AccessDenied("only admins name reviewers");
        }
        Account staff = em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", Account.normalise(login)).getResultStream().findFirst()
                .filter(a -> a.hasRole(Role.LECTURER))
                .orElseThrow(() -> new BusinessException("cohort.lecturerUnknown", "staff"));
        enrol(cohort, staff, role, null);
        changes.fire(new DataChange(by.getId(), "class.staffAdded", subject(cohort),
                role + ": account:" + staff.getId()));
        return em.createNamedQuery(CohortMember.FIND, CohortMember.class).setParameter("cohort", cohort)
                .setParameter("account", staff).setParameter("role", role).getSingleResult();
    }

    public void removeMember(Long cohortId, Account by, Long memberId) {
        Cohort cohort = manageableBy(cohortId, by);
        CohortMember member = em.find(CohortMember.class, memberId);
        if (member == null || !member.getCohort().equals(cohort) || !member.isActive()) {
            throw new AccessDenied("member " + memberId);
        }
        if (member.getMemberRole() == MemberRole.LECTURER && members(cohort).stream()
                .filter(m -> m.getMemberRole() == MemberRole.LECTURER).count() == 1) {
            throw new BusinessException("cohort.lastLecturer", null);
        }
        member.remove(clock.instant());
        changes.fire(new DataChange(by.getId(), "class.memberRemoved", subject(cohort),
                member.getMemberRole() + ": account:" + member.getAccount().getId()));
    }

    public Cohort archive(Long cohortId, Account by) {
        Cohort cohort = manageableBy(cohortId, by);
        if (cohort.isOpenEnrolment()) {
            throw new BusinessException("cohort.openEnrolmentStays", null);
        }
        cohort.archive(clock.instant());
        changes.fire(new DataChange(by.getId(), "class.archived", subject(cohort), cohort.getName()));
        return cohort;
    }

    /** Next year's class: the same lecturers, a new join code, the learners too when asked; this one is archived. */
    public Cohort rollOver(Long cohortId, Account by, @NotBlank @Size(max = Cohort.NAME_MAX) String newName,
                           @Pattern(regexp = Cohort.ACADEMIC_YEAR) String newAcademicYear, boolean keepLearners) {
        Cohort cohort = manageableBy(cohortId, by);
        if (cohort.isOpenEnrolment()) {
            throw new BusinessException("cohort.openEnrolmentStays", null);
        }
        Cohort next = cohort.rollOver(newName, newAcademicYear, freeJoinCode(), clock.instant());
        em.persist(next);
        for (CohortMember member : members(cohort)) {
            if (member.getMemberRole() != MemberRole.LEARNER || keepLearners) {
                em.persist(new CohortMember(next, member.getAccount(), member.getMemberRole(),
                        member.getStudentNumber(), clock.instant()));
            }
        }
        em.flush();
        changes.fire(new DataChange(by.getId(), "class.rolledOver", subject(cohort),
                "into " + subject(next) + " " + newName + (keepLearners ? ", with the learners" : "")));
        return next;
    }

    public Cohort newJoinCode(Long cohortId, Account by) {
        Cohort cohort = manageableBy(cohortId, by);
        cohort.changeJoinCode(freeJoinCode());
        changes.fire(new DataChange(by.getId(), "class.joinCodeChanged", subject(cohort), null));
        return cohort;
    }

    /** How the audit log names a class. */
    public static String subject(Cohort cohort) {
        return "class:" + cohort.getId();
    }

    private String freeJoinCode() {
        String code;
        do {
            code = JoinCode.generate(RANDOM);
        } while (byJoinCode(code).isPresent());
        return code;
    }

    private boolean hasRole(Cohort cohort, Account account, MemberRole role) {
        return em.createNamedQuery(CohortMember.FIND, CohortMember.class).setParameter("cohort", cohort)
                .setParameter("account", em.find(Account.class, account.getId())).setParameter("role", role)
                .getResultStream().anyMatch(CohortMember::isActive);
    }

    private boolean isAdmin(Account account) {
        return em.find(Account.class, account.getId()).hasRole(Role.ADMIN);
    }
}
