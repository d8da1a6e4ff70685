package nl.leerwerkplaats.progress.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.control.ProgressCsv;
import nl.leerwerkplaats.progress.control.ProgressTable;
import nl.leerwerkplaats.progress.control.ProgressXlsx;
import nl.leerwerkplaats.progress.entity.ModuleAssignment;

/**
 * {@code GET /api/v1/classes/{id}/progress.csv} and {@code .xlsx}: the class matrix with student numbers, for
 * the lecturers and reviewers of the class and admins; {@code lang=en} for English headers and statuses.
 */
@Path("v1/classes/{id}")
public class ProgressExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ClassProgress classProgress;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PlatformSettings settings;

    @GET
    @Path("progress.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("id") Long cohortId, @QueryParam("lang") String lang) {
        try {
            ResourceBundle bundle = bundle(lang);
            String csv = ProgressCsv.write(table(cohortId, bundle), settings.timeZone(), bundle::getString);
            return attachment(csv.getBytes(StandardCharsets.UTF_8), cohortId, "csv");
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    @GET
    @Path("progress.xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("id") Long cohortId, @QueryParam("lang") String lang) throws IOException {
        try {
            ResourceBundle bundle = bundle(lang);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ProgressXlsx.write(table(cohortId, bundle), settings.timeZone(), bundle::getString, out);
            return attachment(out.toByteArray(), cohortId, "xlsx");
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    private ProgressTable table(Long cohortId, ResourceBundle bundle) {
        ClassProgress.Matrix matrix = classProgress.of(currentAccount.get(), cohortId);
        List<ProgressTable.Column> columns = new ArrayList<>();
        for (ModuleAssignment assignment : matrix.assignments()) {
            columns.add(new ProgressTable.Column(assignment.getCourseModule().getModuleKey(),
                    assignment.getCourseModule().getCurrentVersion().getTitle(), assignment.getDueAt()));
        }
        List<ProgressTable.Row> rows = matrix.rows().stream().map(row -> new ProgressTable.Row(row.studentNumber(),
                row.name(), row.email(), row.lastActivity(), row.cells().stream().map(cell -> new ProgressTable.Cell(
                bundle.getString(cell.status().messageKey()), cell.percent(), cell.completedAt(),
                cell.finalScore())).toList())).toList();
        return new ProgressTable(matrix.cohort().getName(), columns, rows);
    }

    private static ResourceBundle bundle(String lang) {
        return Messages.exportBundle(lang);
    }

    private static Response attachment(byte[] body, Long cohortId, String extension) {
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"class-" + cohortId + "-progress." + extension + "\"").build();
    }
}
