package nl.leerwerkplaats.identity.boundary;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.identity.control.SessionAge;

/**
 * Ends a logged-in session {@code LWP_SESSION_MAX_HOURS} after the login, however active it is (the idle limit,
 * 30 minutes without requests, is the container's: web.xml). The login moment is noted in the session the first
 * time a request of the logged-in user passes, whichever way the login happened.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGGED_IN_AT = "lwp.loggedInAt";

    @Inject
    @ConfigProperty(name = "lwp.session.max.hours", defaultValue = "12")
    int maxHours;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && ended(session)) {
            request.logout();
            session.invalidate();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"session ended, log in again\"}");
            } else {
                // Back to the page asked for, which now asks for a login and returns there after it.
                boolean get = "GET".equals(request.getMethod());
                String query = request.getQueryString();
                response.sendRedirect(get ? request.getRequestURI() + (query == null ? "" : "?" + query)
                        : request.getContextPath() + "/");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean ended(HttpSession session) {
        Instant now = clock.instant();
        Object noted = session.getAttribute(LOGGED_IN_AT);
        if (!(noted instanceof Instant loggedInAt)) {
            session.setAttribute(LOGGED_IN_AT, now);
            return false;
        }
        return new SessionAge(Duration.ofHours(maxHours)).over(loggedInAt, now);
    }
}
