package nl.leerwerkplaats.platform;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * REST writes only from our own pages: a browser names the page's origin on every cross-site write, and the
 * JSON content type the resources require cannot be sent cross-site without a CORS preflight, which we never
 * answer. Together they stop cross-site request forgery against the session cookie.
 */
@Provider
public class SameOriginWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        String host = request.getHeaderString("Host");
        if ("cross-site".equals(site) || (origin != null && !sameHost(origin, host))) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"cross-site request refused\"}").build());
        }
    }

    /** Compares host and port only: behind a TLS proxy the scheme the server sees differs from the browser's. */
    static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || (uri.getPort() < 0 && host.equalsIgnoreCase(uri.getHost()
                    + ("https".equals(uri.getScheme()) ? ":443" : ":80")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
