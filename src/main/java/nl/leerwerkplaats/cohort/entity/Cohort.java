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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.platform.BaseEntity;

/** A group that learns together: a class, a team, or the open enrolment group. */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.FIND_BY_JOIN_CODE, query = "select c from Cohort c where c.joinCode = :code")
@NamedQuery(name = Cohort.FIND_BY_KIND, query = "select c from Cohort c where c.kind = :kind order by c.id")
@NamedQuery(name = Cohort.FIND_ALL, query = "select c from Cohort c order by c.archived, c.academicYear desc, c.name")
public class Cohort extends BaseEntity {

    public static final String FIND_BY_JOIN_CODE = "Cohort.findByJoinCode";
    public static final String FIND_BY_KIND = "Cohort.findByKind";
    public static final String FIND_ALL = "Cohort.findAll";
    public static final int NAME_MAX = 200;
    /** An academic year such as 2026-2027. */
    public static final String ACADEMIC_YEAR = "\\d{4}-\\d{4}";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Pattern(regexp = ACADEMIC_YEAR)
    @Column(name = "academic_year", length = 9)
    private String academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortKind kind;

    @Column(name = "join_code", unique = true, length = 9)
    private String joinCode;

    @Column(nullable = false)
    private boolean archived;

    /** When the class was archived: the reflection retention period counts from it. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne
    @JoinColumn(name = "rolled_over_from")
    private Cohort rolledOverFrom;

    protected Cohort() {
        // for JPA
    }

    public Cohort(String name, String academicYear, CohortKind kind, String joinCode, Instant createdAt) {
        this.name = name.trim();
        this.academicYear = academicYear;
        this.kind = kind;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    /** The class of next year, continuing this one (which is archived). */
    public Cohort rollOver(String newName, String newAcademicYear, String newJoinCode, Instant now) {
        Cohort next = new Cohort(newName, newAcademicYear, kind, newJoinCode, now);
        next.rolledOverFrom = this;
        archive(now);
        return next;
    }

    public boolean acceptsJoins() {
        return !archived && joinCode != null && kind != CohortKind.OPEN_ENROLMENT;
    }

    public void archive(Instant now) {
        if (!archived) {
            archived = true;
            archivedAt = now;
        }
    }

    public void changeJoinCode(String code) {
        joinCode = code;
    }

    public String getName() {
        return name;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public CohortKind getKind() {
        return kind;
    }

    public boolean isOpenEnrolment() {
        return kind == CohortKind.OPEN_ENROLMENT;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Cohort getRolledOverFrom() {
        return rolledOverFrom;
    }
}
