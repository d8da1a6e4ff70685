package nl.leerwerkplaats.catalog.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.control.ContentHasher;
import nl.leerwerkplaats.catalog.control.ModuleFile;
import nl.leerwerkplaats.catalog.control.ParsedLesson;
import nl.leerwerkplaats.platform.BaseEntity;

/** A lesson of one module version, stored rendered so that old versions stay readable. */
@Entity
@Table(name = "lesson")
@NamedQuery(name = Lesson.FIND_BY_KEY,
        query = "select l from Lesson l where l.moduleVersion = :version and l.lessonKey = :key")
public class Lesson extends BaseEntity {

    public static final String FIND_BY_KEY = "Lesson.findByKey";

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "lesson_key", nullable = false, length = 150)
    private String lessonKey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String markdown;

    // Lazy: lesson lists (dashboard, catalog, progress) need titles, not the text.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String html;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    /** Hash of the Markdown alone: tells whether a lesson changed between two module versions. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected Lesson() {
        // for JPA
    }

    Lesson(ModuleVersion moduleVersion, ParsedLesson parsed, int sortOrder) {
        this.moduleVersion = moduleVersion;
        this.lessonKey = parsed.id();
        this.sortOrder = sortOrder;
        this.title = parsed.title();
        this.markdown = parsed.markdown();
        this.html = parsed.html();
        this.wordCount = parsed.words();
        byte[] bytes = parsed.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.contentHash = ContentHasher.hash(java.util.List.of(new ModuleFile(parsed.fileName(), "text/markdown", bytes)));
    }

    /** Reading time at about 200 words a minute, at least one minute. */
    public int getReadingMinutes() {
        return Math.max(1, Math.round(wordCount / 200f));
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getNumber() {
        return sortOrder + 1;
    }

    public String getTitle() {
        return title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public int getWordCount() {
        return wordCount;
    }

    public String getContentHash() {
        return contentHash;
    }
}
