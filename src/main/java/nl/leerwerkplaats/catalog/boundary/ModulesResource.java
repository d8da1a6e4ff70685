package nl.leerwerkplaats.catalog.boundary;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;

/** The public module list: {@code GET /api/v1/modules}. Field names are a contract; add, never rename. */
@Path("v1/modules")
@PermitAll
public class ModulesResource {

    public record ModuleSummary(String id, String version, String title, String summary, int studyLoadMinutes,
                                int lessonCount) {

        static ModuleSummary of(ModuleVersion version) {
            return new ModuleSummary(version.getModuleKey(), version.getLabel(), version.getTitle(),
                    version.getSummary(), version.getStudyLoadMinutes(), version.getLessons().size());
        }
    }

    @Inject
    Catalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleSummary> list() {
        return catalog.listed().stream().map(m -> ModuleSummary.of(m.getCurrentVersion())).toList();
    }
}
