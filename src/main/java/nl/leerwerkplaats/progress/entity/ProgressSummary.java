package nl.leerwerkplaats.progress.entity;

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

/**
 * Where one learner stands in one module, rewritten on every learning event so that overviews read one row per
 * cell instead of recomputing lessons, attempts and reflections.
 */
@Entity
@Table(name = "progress_summary")
@NamedQuery(name = ProgressSummary.FIND, query = "select p from ProgressSummary p "
        + "where p.account = :account and p.courseModule = :module")
@NamedQuery(name = ProgressSummary.FIND_OF_ACCOUNT, query = "select p from ProgressSummary p "
        + "where p.account = :account")
@NamedQuery(name = ProgressSummary.FIND_FOR, query = "select p from ProgressSummary p "
        + "where p.account.id in :accounts and p.courseModule.id in :modules")
public class ProgressSummary extends BaseEntity {

    public static final String FIND = "ProgressSummary.find";
    public static final String FIND_OF_ACCOUNT = "ProgressSummary.findOfAccount";
    public static final String FIND_FOR = "ProgressSummary.findFor";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "items_done", nullable = false)
    private int itemsDone;

    @Column(name = "items_total", nullable = false)
    private int itemsTotal;

    @Column(nullable = false)
    private int percent;

    @Column(name = "final_score")
    private Integer finalScore;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected ProgressSummary() {
        // for JPA
    }

    public ProgressSummary(Account account, CourseModule module, ModuleVersion version) {
        this.account = account;
        this.courseModule = module;
        this.moduleVersion = version;
    }

    /** Rewrites the figures; a completion, once there, stays (a newer version does not undo it). */
    public void update(ModuleVersion version, Instant started, int done, int total, int percentDone, Integer score,
                       Instant completed, Instant activity) {
        this.moduleVersion = version;
        this.startedAt = started;
        this.itemsDone = done;
        this.itemsTotal = total;
        this.percent = completedAt != null || completed != null ? 100 : percentDone;
        this.finalScore = score != null ? score : finalScore;
        if (completedAt == null) {
            this.completedAt = completed;
        }
        if (activity != null && (lastActivityAt == null || activity.isAfter(lastActivityAt))) {
            this.lastActivityAt = activity;
        }
    }

    public Account getAccount() {
        return account;
    }

    public CourseModule getCourseModule() {
        return courseModule;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getItemsDone() {
        return itemsDone;
    }

    public int getItemsTotal() {
        return itemsTotal;
    }

    public int getPercent() {
        return percent;
    }

    public Integer getFinalScore() {
        return finalScore;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }
}
