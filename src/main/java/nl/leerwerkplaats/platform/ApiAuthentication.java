package nl.leerwerkplaats.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers an anonymous request with 401 instead of the login page: web.xml leaves /api/* to this filter,
 * because the form login would remember an API call (an autosave from a page whose session expired) as the page
 * to return to after logging in. Resources marked {@link PermitAll} are public.
 */
@Provider
public class ApiAuthentication implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = resource.getResourceClass() != null
                && (resource.getResourceClass().isAnnotationPresent(PermitAll.class)
                || resource.getResourceMethod().isAnnotationPresent(PermitAll.class));
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"login required\"}").build());
        }
    }
}
