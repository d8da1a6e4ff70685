package nl.leerwerkplaats.progress.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.platform.Links;

/**
 * {@code GET /api/v1/calendar/{token}.ics}: a learner's due dates. Public, because calendar applications cannot
 * log in; the 43-character random token is the secret, and an unknown one is simply "not found".
 */
@Path("v1/calendar/{token}.ics")
@PermitAll
public class CalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    Links links;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    public Response feed(@PathParam("token") String token) {
        return feeds.calendar(token, links.base()).map(ics -> Response.ok(ics)
                        .header("Cache-Control", "private, max-age=300").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
