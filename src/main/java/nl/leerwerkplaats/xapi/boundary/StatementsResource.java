package nl.leerwerkplaats.xapi.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.xapi.control.XapiStatement;
import nl.leerwerkplaats.xapi.entity.StoredStatement;

/**
 * {@code GET /api/v1/xapi/statements}: an xAPI StatementResult of the stored statements, filtered by
 * {@code class} (required for lecturers), {@code learner} (the actor's account name), {@code verb} (IRI),
 * {@code since} and {@code until} (ISO 8601, on the stored time), paged with {@code limit} (default 100, at
 * most 500) and the {@code more} link. Anonymous callers get 401, others who may not read get 403.
 */
@Path("v1/xapi/statements")
public class StatementsResource {

    static final int DEFAULT_LIMIT = 100;

    @Inject
    Statements statements;

    @Inject
    CurrentAccount currentAccount;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@QueryParam("class") Long cohortId, @QueryParam("learner") String learner,
                         @QueryParam("verb") String verb, @QueryParam("since") String since,
                         @QueryParam("until") String until, @QueryParam("limit") Integer limit,
                         @QueryParam("after") Long after) {
        Statements.Filter filter;
        try {
            int size = limit == null || limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, Statements.PAGE_MAX);
            filter = new Statements.Filter(cohortId, learner == null ? null : Long.valueOf(learner.trim()),
                    blankToNull(verb), instant(since), instant(until), after, size);
        } catch (NumberFormatException | DateTimeParseException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Jsonp.object().add("error", "learner must be an account name (a number); "
                            + "since and until ISO 8601 instants such as 2026-11-30T12:00:00Z").build()).build();
        }
        List<StoredStatement> page;
        try {
            page = statements.find(currentAccount.get(), filter);
        } catch (AccessDenied e) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        boolean more = page.size() > filter.limit();
        List<StoredStatement> shown = more ? page.subList(0, filter.limit()) : page;
        JsonArrayBuilder array = Jsonp.array();
        shown.forEach(s -> array.add(parse(s.getBody())));
        String next = "";
        if (more) {
            var link = uri.getRequestUriBuilder().replaceQueryParam("after", shown.get(shown.size() - 1).getId())
                    .build();
            next = link.getRawPath() + "?" + link.getRawQuery();
        }
        return Response.ok(Jsonp.object().add("statements", array).add("more", next).build())
                .header("X-Experience-API-Version", XapiStatement.VERSION).build();
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsonp.reader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text.trim());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
