package nl.leerwerkplaats.learning.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/** A learner began a module version; until completed, that is the version they see. */
@Entity
@Table(name = "module_start")
@NamedQuery(name = ModuleStart.FIND_OPEN, query = "select s from ModuleStart s where s.account = :account "
        + "and s.courseModule = :module and s.completedAt is null and s.supersededAt is null order by s.startedAt desc")
@NamedQuery(name = ModuleStart.FIND_COMPLETED, query = "select s from ModuleStart s where s.account = :account "
        + "and s.courseModule = :module and s.completedAt is not null order by s.completedAt")
@NamedQuery(name = ModuleStart.FIND_OPEN_OF_MODULE, query = "select s from ModuleStart s where s.courseModule = :module "
        + "and s.completedAt is null and s.supersededAt is null and s.account.id in :accounts")
public class ModuleStart extends BaseEntity {

    public static final String FIND_OPEN = "ModuleStart.findOpen";
    public static final String FIND_COMPLETED = "ModuleStart.findCompleted";
    public static final String FIND_OPEN_OF_MODULE = "ModuleStart.findOpenOfModule";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected ModuleStart() {
        // for JPA
    }

    public ModuleStart(Account account, ModuleVersion version, Instant startedAt) {
        this.account = account;
        this.courseModule = version.getCourseModule();
        this.moduleVersion = version;
        this.startedAt = startedAt;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Account getAccount() {
        return account;
    }

    public CourseModule getCourseModule() {
        return courseModule;
    }

    /** The moment every completion rule was met; set once. */
    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    /** The class moved on to a newer version; this start no longer decides what the learner sees. */
    public void supersede(Instant at) {
        supersededAt = at;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
