package nl.leerwerkplaats.quiz.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.quiz.control.ItemAnalysisCsv;

/**
 * {@code GET /api/v1/quizzes/{module}/{version}/{quiz}/item-analysis.csv[?class=id]}: the item analysis as
 * CSV (UTF-8 with a byte order mark, so spreadsheet programs read the accents); {@code lang=en} for English.
 */
@Path("v1/quizzes/{module}/{version}/{quiz}/item-analysis.csv")
public class ItemAnalysisResource {

    @Inject
    Catalog catalog;

    @Inject
    ItemAnalyses analyses;

    @Inject
    CurrentAccount currentAccount;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("module") String module, @PathParam("version") String version,
                        @PathParam("quiz") String quiz, @QueryParam("class") Long cohortId,
                        @QueryParam("lang") String lang) {
        try {
            var moduleVersion = catalog.version(module, version).orElseThrow(() -> new AccessDenied(version));
            var analysis = analyses.of(currentAccount.get(), moduleVersion, quiz, cohortId);
            Locale locale = Messages.exportLocale(lang);
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String csv = "\uFEFF" + ItemAnalysisCsv.write(analysis.questions(), bundle::getString);
            String name = module + "-" + version + "-" + quiz + (cohortId == null ? "" : "-class-" + cohortId)
                    + "-item-analysis.csv";
            return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }
}
