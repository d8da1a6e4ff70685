package nl.leerwerkplaats.platform;

import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service (EJB) failing under a REST call: 503 with Retry-After when the database cannot be reached, as the pages
 * answer (DatabaseUnavailableFilter), else 500; both as JSON without details, which go to the log. Without it,
 * Jersey sends the failure on to the container's error page, an HTML page for a client that expects JSON.
 */
@Provider
public class ServiceFailureMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(ServiceFailureMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(EJBException failure) {
        if (DatabaseOutage.isCause(failure)) {
            LOG.warning(() -> "Database not reachable for a REST call: " + failure);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store").type(MediaType.APPLICATION_JSON)
                    .entity(Jsonp.object().add("error", "database unavailable").add("message", ResourceBundle
                            .getBundle(Messages.BUNDLE, DatabaseUnavailableFilter.locale(request))
                            .getString("error.unavailable.text")).build().toString()).build();
        }
        LOG.log(Level.SEVERE, "A REST call failed", failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(Jsonp.object().add("error", "internal error").build().toString()).build();
    }
}
