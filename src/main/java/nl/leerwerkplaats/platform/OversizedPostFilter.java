package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post larger than the server parses (Grizzly's 2 MB) gets "413 too large" with a short page in the user's
 * language. Without this the server drops the fields silently and Faces fails on the empty post with a 500. No form
 * of the platform comes near it (fields are at most 20,000 characters; uploads are multipart, limited in web.xml).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OversizedPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Grizzly's max-post-size default, which Payara Micro keeps. */
    static final long MAX_FORM_BYTES = 2_097_152;

    @Inject
    LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() > MAX_FORM_BYTES) {
            Locale locale = request.getSession(false) == null ? LocaleSelection.DUTCH : localeSelection.getLocale();
            ResourceBundle messages = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            response.setStatus(413);
            response.setHeader("Connection", "close");
            ShortPage.write(response, messages, "error.413", request.getContextPath() + "/", "error.home");
            return;
        }
        chain.doFilter(request, response);
    }
}
