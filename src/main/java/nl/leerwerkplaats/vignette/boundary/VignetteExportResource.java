package nl.leerwerkplaats.vignette.boundary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.vignette.control.SpreadCsv;

/**
 * {@code GET /api/v1/vignette-exports?class=ID&module=KEY}: a class's spreads per case as CSV, for its lecturers
 * and reviewers and admins; without {@code class}, every class together and each class by number, for admins.
 * {@code lang=en} for English headers. Counts only, as on the pages; refusals are 404 so ids reveal nothing.
 */
@Path("v1/vignette-exports")
public class VignetteExportResource {

    @Inject
    ClassSpreads spreads;

    @Inject
    CurrentAccount currentAccount;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("class") Long cohortId, @QueryParam("module") String module,
                        @QueryParam("lang") String lang) {
        ResourceBundle bundle = Messages.exportBundle(lang);
        try {
            String csv;
            String name;
            if (cohortId != null) {
                ClassSpreads.ClassReport report = spreads.ofClass(currentAccount.get(), cohortId, module);
                csv = SpreadCsv.write(report.set(), List.of(new SpreadCsv.Group(report.cohort().getName(),
                        report.cases())), bundle::getString);
                name = "class-" + cohortId + "-" + report.module().getModuleKey();
            } else {
                ClassSpreads.CrossClassReport report = spreads.acrossClasses(currentAccount.get(), module);
                List<SpreadCsv.Group> groups = new ArrayList<>();
                groups.add(new SpreadCsv.Group(bundle.getString("vignette.csv.allClasses"), report.overall()));
                for (int i = 0; i < report.perClass().size(); i++) {
                    groups.add(new SpreadCsv.Group(bundle.getString("vignette.csv.class") + " " + (i + 1),
                            report.perClass().get(i)));
                }
                csv = SpreadCsv.write(report.set(), groups, bundle::getString);
                name = "all-classes-" + report.module().getModuleKey();
            }
            return Response.ok(csv.getBytes(StandardCharsets.UTF_8)).header("Content-Disposition",
                    "attachment; filename=\"" + name + "-vignettes.csv\"").build();
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }
}
