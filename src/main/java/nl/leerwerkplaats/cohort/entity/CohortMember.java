package nl.leerwerkplaats.cohort.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * Someone's place in a cohort. Removing a member keeps the row (with the time of removal), so that what they
 * did in the class keeps its context; joining again reinstates it.
 */
@Entity
@Table(name = "cohort_member")
@NamedQuery(name = CohortMember.FIND, query = "select m from CohortMember m where m.cohort = :cohort "
        + "and m.account = :account and m.memberRole = :role")
@NamedQuery(name = CohortMember.FIND_ACTIVE_IN, query = "select m from CohortMember m where m.cohort = :cohort "
        + "and m.removedAt is null order by m.memberRole, m.account.displayName")
@NamedQuery(name = CohortMember.COUNT_TAUGHT, query = "select count(l) from CohortMember l, CohortMember s "
        + "where l.account = :learner and l.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
        + "and l.removedAt is null and s.cohort = l.cohort and s.account = :staff and s.removedAt is null "
        + "and s.memberRole <> nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER")
@NamedQuery(name = CohortMember.FIND_STAFF_OF, query = "select distinct s.account from CohortMember l, CohortMember s "
        + "where l.account = :learner and l.memberRole = nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER "
        + "and l.removedAt is null and s.cohort = l.cohort and s.removedAt is null "
        + "and s.memberRole <> nl.leerwerkplaats.cohort.entity.MemberRole.LEARNER")
@NamedQuery(name = CohortMember.FIND_ACTIVE_OF, query = "select m from CohortMember m where m.account = :account "
        + "and m.removedAt is null and m.memberRole in :roles order by m.cohort.archived, m.cohort.name")
public class CohortMember extends BaseEntity {

    public static final String FIND = "CohortMember.find";
    public static final String FIND_ACTIVE_IN = "CohortMember.findActiveIn";
    public static final String FIND_STAFF_OF = "CohortMember.findStaffOf";
    public static final String COUNT_TAUGHT = "CohortMember.countTaught";
    public static final String FIND_ACTIVE_OF = "CohortMember.findActiveOf";
    public static final int STUDENT_NUMBER_MAX = 40;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private MemberRole memberRole;

    @Column(name = "student_number", length = STUDENT_NUMBER_MAX)
    private String studentNumber;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected CohortMember() {
        // for JPA
    }

    public CohortMember(Cohort cohort, Account account, MemberRole memberRole, String studentNumber, Instant joinedAt) {
        this.cohort = cohort;
        this.account = account;
        this.memberRole = memberRole;
        this.studentNumber = studentNumber;
        this.joinedAt = joinedAt;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public void remove(Instant now) {
        removedAt = now;
    }

    /** Back in the class: a new join time, the student number kept unless a new one is known. */
    public void reinstate(String newStudentNumber, Instant now) {
        removedAt = null;
        joinedAt = now;
        if (newStudentNumber != null) {
            studentNumber = newStudentNumber;
        }
    }

    /** Anonymisation: the membership stays for the class's statistics, the student number goes. */
    public void forgetStudentNumber() {
        studentNumber = null;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Account getAccount() {
        return account;
    }

    public MemberRole getMemberRole() {
        return memberRole;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
