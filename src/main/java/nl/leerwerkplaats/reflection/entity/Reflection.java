package nl.leerwerkplaats.reflection.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * A learner's reflection on one assignment of a module: the draft they are writing (one text per section), and
 * every version they submitted, each with its review. Pinned to the module version it was started on.
 */
@Entity
@Table(name = "reflection")
@NamedQuery(name = Reflection.FIND, query = "select r from Reflection r where r.account = :account "
        + "and r.courseModule = :module and r.assignmentKey = :assignment")
@NamedQuery(name = Reflection.FIND_IN_MODULE, query = "select r from Reflection r where r.account = :account "
        + "and r.courseModule = :module")
@NamedQuery(name = Reflection.FIND_BY_STATUS, query = "select r from Reflection r where r.status = :status")
@NamedQuery(name = Reflection.FIND_FOR_ASSIGNMENT, query = "select r from Reflection r "
        + "where r.courseModule = :module and r.assignmentKey = :assignment order by r.account.displayName")
public class Reflection extends BaseEntity {

    public static final String FIND = "Reflection.find";
    public static final String FIND_IN_MODULE = "Reflection.findInModule";
    public static final String FIND_BY_STATUS = "Reflection.findByStatus";
    public static final String FIND_FOR_ASSIGNMENT = "Reflection.findForAssignment";
    public static final int TEXT_MAX = 30000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "assignment_key", nullable = false, length = 100)
    private String assignmentKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReflectionStatus status = ReflectionStatus.DRAFT;

    @Column(name = "draft_revision", nullable = false)
    private int draftRevision;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflection_draft_text", joinColumns = @JoinColumn(name = "reflection_id"))
    @MapKeyColumn(name = "section_key", length = 100)
    @Column(name = "body", length = TEXT_MAX, nullable = false)
    private Map<String, String> draft = new LinkedHashMap<>();

    @Column(name = "texts_removed_at")
    private Instant textsRemovedAt;

    @OneToMany(mappedBy = "reflection", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ReflectionVersion> versions = new ArrayList<>();

    protected Reflection() {
        // for JPA
    }

    public Reflection(Account account, ModuleVersion version, String assignmentKey, Instant createdAt) {
        this.account = account;
        this.courseModule = version.getCourseModule();
        this.moduleVersion = version;
        this.assignmentKey = assignmentKey;
        this.createdAt = createdAt;
    }

    /** Replaces the draft's texts; the revision grows so that other tabs learn they are behind. */
    public void saveDraft(Map<String, String> texts, Instant at) {
        draft.clear();
        draft.putAll(texts);
        draftRevision++;
        draftSavedAt = at;
    }

    /** The draft becomes the next version, locked; the draft stays as the starting point of a revision. */
    public ReflectionVersion submit(Instant at) {
        ReflectionVersion submitted = new ReflectionVersion(this, versions.size() + 1, draft, at);
        versions.add(submitted);
        status = ReflectionStatus.SUBMITTED;
        return submitted;
    }

    public void decide(Decision decision) {
        status = decision == Decision.APPROVED ? ReflectionStatus.APPROVED : ReflectionStatus.NEEDS_REVISION;
    }

    /**
     * Privacy (retention period, anonymisation): the texts of the draft and of every version and the feedback on
     * them go; status, versions, decisions and rubric scores stay, so progress and completion still count.
     */
    public void removeTexts(Instant at) {
        draft.clear();
        versions.forEach(ReflectionVersion::removeTexts);
        textsRemovedAt = at;
    }

    public boolean isTextsRemoved() {
        return textsRemovedAt != null;
    }

    public Instant getTextsRemovedAt() {
        return textsRemovedAt;
    }

    public ReflectionVersion latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The version before the given one, for the change between them; null for the first. */
    public ReflectionVersion before(ReflectionVersion version) {
        int index = versions.indexOf(version);
        return index > 0 ? versions.get(index - 1) : null;
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

    public String getAssignmentKey() {
        return assignmentKey;
    }

    public ReflectionStatus getStatus() {
        return status;
    }

    public int getDraftRevision() {
        return draftRevision;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Map<String, String> getDraft() {
        return Map.copyOf(draft);
    }

    public List<ReflectionVersion> getVersions() {
        return List.copyOf(versions);
    }
}
