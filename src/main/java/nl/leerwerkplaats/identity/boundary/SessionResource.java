package nl.leerwerkplaats.identity.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * "Stay logged in" from the idle warning: {@code POST /api/v1/session/extend}. Any request of the logged-in user
 * restarts the idle time; this one does nothing else and tells the page how long the session now has.
 */
@Path("v1/session")
public class SessionResource {

    @Context
    HttpServletRequest request;

    @POST
    @Path("extend")
    @Produces(MediaType.APPLICATION_JSON)
    public String extend() {
        return Jsonp.object().add("idleSeconds", request.getSession().getMaxInactiveInterval()).build().toString();
    }
}
