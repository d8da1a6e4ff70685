package nl.leerwerkplaats.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.control.ModuleFile;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * A file of a module version, kept in the database: old versions keep their images after the folder
 * changes, and every instance of a cluster serves the same bytes.
 */
@Entity
@Table(name = "module_file")
@NamedQuery(name = ModuleAsset.FIND,
        query = "select f from ModuleAsset f where f.moduleVersion.courseModule.moduleKey = :key "
                + "and f.moduleVersion.label = :label and f.filePath = :path")
@NamedQuery(name = ModuleAsset.FIND_IN_VERSION,
        query = "select f from ModuleAsset f where f.moduleVersion = :version order by f.filePath")
public class ModuleAsset extends BaseEntity {

    public static final String FIND = "ModuleAsset.find";
    public static final String FIND_IN_VERSION = "ModuleAsset.findInVersion";

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(name = "file_path", nullable = false, length = 500)
    private String filePath;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected ModuleAsset() {
        // for JPA
    }

    public ModuleAsset(ModuleVersion moduleVersion, ModuleFile file) {
        this.moduleVersion = moduleVersion;
        this.filePath = file.path();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.content = file.content().clone();
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getFilePath() {
        return filePath;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public ModuleFile toFile() {
        return new ModuleFile(filePath, mediaType, content.clone());
    }

    /** Only images are public to learners; quizzes and reflections hold answers and stay on the server. */
    public boolean isServable() {
        return filePath.startsWith("images/") && mediaType.startsWith("image/");
    }
}
