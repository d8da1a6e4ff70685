package nl.leerwerkplaats.platform;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response. Script policy on Faces pages comes from PrimeFaces' CSP mode
 * (nonces, see web.xml); this policy adds what PrimeFaces leaves open. Browsers enforce both headers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** No script-src here: browsers intersect the two policies, so PrimeFaces' nonce policy governs scripts. */
    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    TrustedProxy trustedProxy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader("Content-Security-Policy", POLICY);
        if (trustedProxy.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        trustedProxy.startSecureSession(request, response);
        chain.doFilter(trustedProxy.wrap(request), trustedProxy.wrap(request, response));
    }
}
