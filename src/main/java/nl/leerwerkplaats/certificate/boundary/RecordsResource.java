package nl.leerwerkplaats.certificate.boundary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.certificate.control.CertificatePdf;
import nl.leerwerkplaats.certificate.control.RecordsCsv;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/**
 * A learner's (or an admin's) downloads of one record: {@code GET /api/v1/records/{code}/certificate.pdf} and
 * {@code /badge.jwt}; and for admins {@code GET /api/v1/records.csv?from=YYYY-MM-DD&until=YYYY-MM-DD}, the
 * records of a period for awarding points in the register. {@code lang=en} for English.
 */
@Path("v1")
public class RecordsResource {

    @Inject
    Records records;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Links links;

    @GET
    @Path("records/{code}/certificate.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code, @QueryParam("lang") String lang) {
        try {
            CompletionRecord record = records.owned(currentAccount.get(), code);
            Locale locale = Messages.exportLocale(lang);
            byte[] pdf = CertificatePdf.render(record.data(RecordIssuer.verifyUrl(links.base(), record.getCode())),
                    ResourceBundle.getBundle(Messages.BUNDLE, locale)::getString, locale, record.getCredentialJwt());
            return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"certificaat-"
                    + record.getModuleKey() + "-" + record.getModuleVersionLabel() + ".pdf\"").build();
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    @GET
    @Path("records/{code}/badge.jwt")
    @Produces("application/jwt")
    public Response badge(@PathParam("code") String code) {
        try {
            CompletionRecord record = records.owned(currentAccount.get(), code);
            return Response.ok(record.getCredentialJwt()).header("Content-Disposition", "attachment; filename=\"badge-"
                    + record.getModuleKey() + "-" + record.getModuleVersionLabel() + ".jwt\"").build();
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    @GET
    @Path("records.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("until") String until,
                        @QueryParam("lang") String lang) {
        if (!currentAccount.get().hasRole(Role.ADMIN)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from == null ? "" : from);
            end = LocalDate.parse(until == null ? "" : until);
        } catch (DateTimeParseException e) {
            return badRequest("'from' and 'until' must be dates like 2026-01-31");
        }
        if (end.isBefore(start)) {
            return badRequest("'until' lies before 'from'");
        }
        ResourceBundle bundle = Messages.exportBundle(lang);
        String csv = RecordsCsv.write(records.inPeriod(start, end).stream().map(RecordsResource::row).toList(),
                bundle::getString);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8)).header("Content-Disposition",
                "attachment; filename=\"records-" + start + "-" + end + ".csv\"").build();
    }

    private static RecordsCsv.Row row(CompletionRecord r) {
        var data = r.getData();
        return new RecordsCsv.Row(data.learnerName(), data.registrationNumber(), data.activityId(), data.moduleTitle(),
                data.completionDate(), data.points(), data.moduleVersion(), data.studyHours(), r.getCode(),
                r.isRevoked());
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Jsonp.object().add("error", message).build()).build();
    }
}
