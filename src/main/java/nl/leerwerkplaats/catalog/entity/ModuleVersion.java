package nl.leerwerkplaats.catalog.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.control.ParsedModule;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * One version of a module: everything its folder held, identified by the content hash. Immutable once
 * stored, so that what a learner did against it keeps its meaning.
 */
@Entity
@Table(name = "module_version")
@NamedQuery(name = ModuleVersion.FIND_BY_HASH,
        query = "select v from ModuleVersion v where v.courseModule = :module and v.contentHash = :hash")
@NamedQuery(name = ModuleVersion.FIND_BY_LABEL,
        query = "select v from ModuleVersion v where v.courseModule.moduleKey = :key and v.label = :label")
@NamedQuery(name = ModuleVersion.FIND_BY_MODULE,
        query = "select v from ModuleVersion v where v.courseModule = :module order by v.loadedAt")
public class ModuleVersion extends BaseEntity {

    public static final String FIND_BY_HASH = "ModuleVersion.findByHash";
    public static final String FIND_BY_LABEL = "ModuleVersion.findByLabel";
    public static final String FIND_BY_MODULE = "ModuleVersion.findByModule";

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_module_id")
    private CourseModule courseModule;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 12)
    private String label;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "study_load_minutes", nullable = false)
    private int studyLoadMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_objective", joinColumns = @JoinColumn(name = "module_version_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "objective", length = 1000)
    private List<String> objectives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_audience", joinColumns = @JoinColumn(name = "module_version_id"))
    @Column(name = "audience", length = 30)
    private Set<String> audience = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "module_prerequisite", joinColumns = @JoinColumn(name = "module_version_id"))
    @Column(name = "prerequisite_key", length = 100)
    private Set<String> prerequisites = new LinkedHashSet<>();

    @Column(name = "accreditation_register", length = 50)
    private String accreditationRegister;

    @Column(name = "accreditation_status", length = 50)
    private String accreditationStatus;

    @Column(name = "accreditation_activity_id", length = 100)
    private String accreditationActivityId;

    @Column(name = "accreditation_points")
    private Integer accreditationPoints;

    @Column(name = "accreditation_valid_from")
    private LocalDate accreditationValidFrom;

    @Column(name = "accreditation_valid_until")
    private LocalDate accreditationValidUntil;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<Lesson> lessons = new ArrayList<>();

    protected ModuleVersion() {
        // for JPA
    }

    public ModuleVersion(CourseModule courseModule, ParsedModule parsed, Instant loadedAt) {
        this.courseModule = courseModule;
        this.contentHash = parsed.contentHash();
        this.label = parsed.version();
        this.title = parsed.descriptor().title();
        this.summary = parsed.descriptor().summary();
        this.studyLoadMinutes = parsed.descriptor().studyLoadMinutes();
        this.objectives = new ArrayList<>(parsed.descriptor().objectives());
        this.audience = new LinkedHashSet<>(parsed.descriptor().audience());
        this.prerequisites = new LinkedHashSet<>(parsed.descriptor().prerequisites());
        var accreditation = parsed.descriptor().accreditation();
        if (accreditation != null) {
            accreditationRegister = accreditation.register();
            accreditationStatus = accreditation.status();
            accreditationActivityId = accreditation.activityId();
            accreditationPoints = accreditation.points();
            accreditationValidFrom = accreditation.validFrom();
            accreditationValidUntil = accreditation.validUntil();
        }
        this.loadedAt = loadedAt;
        for (int i = 0; i < parsed.lessons().size(); i++) {
            lessons.add(new Lesson(this, parsed.lessons().get(i), i));
        }
    }

    public boolean isCurrent() {
        return equals(courseModule.getCurrentVersion());
    }

    public CourseModule getCourseModule() {
        return courseModule;
    }

    public String getModuleKey() {
        return courseModule.getModuleKey();
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getStudyLoadMinutes() {
        return studyLoadMinutes;
    }

    public List<String> getObjectives() {
        return List.copyOf(objectives);
    }

    public Set<String> getAudience() {
        return Set.copyOf(audience);
    }

    public Set<String> getPrerequisites() {
        return Set.copyOf(prerequisites);
    }

    public String getAccreditationRegister() {
        return accreditationRegister;
    }

    public String getAccreditationStatus() {
        return accreditationStatus;
    }

    /** The accreditation block as loaded, or null when module.yaml had none. */
    public Accreditation getAccreditation() {
        if (accreditationStatus == null) {
            return null;
        }
        return new Accreditation(accreditationRegister, accreditationStatus,
                accreditationActivityId, accreditationPoints, accreditationValidFrom, accreditationValidUntil);
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
