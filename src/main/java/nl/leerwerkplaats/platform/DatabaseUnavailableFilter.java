package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the database cannot be reached, answers 503 with Retry-After and a short page (JSON for the API) instead
 * of the error page, which would itself need the database for the menu. No stack trace reaches the visitor; the
 * log gets one line. The next request tries the database again, so the platform recovers by itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "Database not reachable for " + request.getMethod() + " " + request.getRequestURI()
                    + ": " + failure);
            unavailable(request, response);
        }
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // resetBuffer, not reset: the security headers set before the chain stay.
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(Jsonp.object().add("error", "database unavailable")
                    .add("message", bundle.getString("error.unavailable.text")).build().toString());
            return;
        }
        ShortPage.write(response, bundle, "error.unavailable", request.getContextPath() + "/",
                "error.unavailable.retry");
    }

    /** English for visitors whose browser prefers it over Dutch, Dutch otherwise (the platform's default). */
    static Locale locale(HttpServletRequest request) {
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (preferred.getLanguage().equals("nl")) {
                return LocaleSelection.DUTCH;
            }
            if (preferred.getLanguage().equals("en")) {
                return LocaleSelection.ENGLISH;
            }
        }
        return LocaleSelection.DUTCH;
    }
}
