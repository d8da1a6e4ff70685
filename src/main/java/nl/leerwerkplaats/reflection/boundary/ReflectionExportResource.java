package nl.leerwerkplaats.reflection.boundary;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.catalog.boundary.Catalog;
import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.HtmlText;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * {@code GET /api/v1/reflection-exports?class=N&module=ID&assignment=ID}: the latest submitted version of every
 * reflection of a class on one assignment, with its review, as one self-contained HTML file to read offline.
 */
@Path("v1/reflection-exports")
public class ReflectionExportResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    @Inject
    ReflectionReviews reviews;

    @Inject
    Reflections reflections;

    @Inject
    Catalog catalog;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PlatformSettings settings;

    @GET
    @Produces("text/html; charset=UTF-8")
    public Response export(@QueryParam("class") Long cohortId, @QueryParam("module") String module,
                           @QueryParam("assignment") String assignment) {
        try {
            var courseModule = catalog.module(module).orElseThrow(() -> new AccessDenied(module));
            List<Reflection> all = reviews.ofAssignment(currentAccount.get(), cohortId, courseModule, assignment);
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\">"
                    + "<title>Reflecties</title><style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;"
                    + "line-height:1.5}article{border-top:2px solid #888;margin-top:2rem}"
                    + ".text{white-space:pre-wrap}</style></head><body>");
            html.append("<h1>").append(HtmlText.escape(module)).append(" · ").append(HtmlText.escape(assignment)).append("</h1>");
            for (Reflection reflection : all) {
                append(html, reflection, reflections.assignmentOf(reflection));
            }
            html.append("</body></html>");
            String name = "reflecties-" + module + "-" + assignment + "-klas-" + cohortId + ".html";
            return Response.ok(html.toString().getBytes(StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        } catch (AccessDenied e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    private void append(StringBuilder html, Reflection reflection, ParsedReflection assignment) {
        ReflectionVersion latest = reflection.latest();
        ZoneId zone = settings.timeZone();
        html.append("<article><h2>").append(HtmlText.escape(reflection.getAccount().getDisplayName())).append("</h2>")
                .append("<p>Versie ").append(latest.getNumber()).append(", ingeleverd ")
                .append(WHEN.format(latest.getSubmittedAt().atZone(zone))).append(" · status ")
                .append(reflection.getStatus().name().toLowerCase().replace('_', ' ')).append("</p>");
        for (ParsedReflection.Section section : assignment.sections()) {
            html.append("<h3>").append(HtmlText.escape(section.title())).append("</h3><div class=\"text\">")
                    .append(HtmlText.escape(latest.text(section.key()))).append("</div>");
        }
        if (latest.isReviewed()) {
            html.append("<h3>Feedback</h3><div class=\"text\">").append(HtmlText.escape(latest.getFeedback())).append("</div>");
            if (latest.getRubricMax() != null) {
                html.append("<p>Rubric: ").append(latest.getRubricPoints()).append(" van ")
                        .append(latest.getRubricMax()).append(" punten</p>");
            }
        }
        html.append("</article>");
    }
}
