package nl.leerwerkplaats.catalog.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A module as learners know it (by its id, such as {@code m1-herkomst-en-begrippen}) across all its versions.
 * A module whose folder disappeared is retired: hidden from the catalog, its history kept.
 */
@Entity
@Table(name = "course_module")
@NamedQuery(name = CourseModule.FIND_BY_KEY, query = "select m from CourseModule m where m.moduleKey = :key")
@NamedQuery(name = CourseModule.FIND_LISTED,
        query = "select m from CourseModule m where m.retired = false and m.currentVersion is not null order by m.moduleKey")
@NamedQuery(name = CourseModule.FIND_ALL, query = "select m from CourseModule m order by m.moduleKey")
public class CourseModule extends nl.leerwerkplaats.platform.BaseEntity {

    public static final String FIND_BY_KEY = "CourseModule.findByKey";
    public static final String FIND_LISTED = "CourseModule.findListed";
    public static final String FIND_ALL = "CourseModule.findAll";

    @Column(name = "module_key", nullable = false, unique = true, length = 100)
    private String moduleKey;

    @ManyToOne
    @JoinColumn(name = "current_version_id")
    private ModuleVersion currentVersion;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CourseModule() {
        // for JPA
    }

    public CourseModule(String moduleKey, Instant createdAt) {
        this.moduleKey = moduleKey;
        this.createdAt = createdAt;
    }

    /** New starts get this version; learners who started an older one keep theirs. */
    public void makeCurrent(ModuleVersion version) {
        currentVersion = version;
        retired = false;
    }

    public void retire() {
        retired = true;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public ModuleVersion getCurrentVersion() {
        return currentVersion;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
