package nl.leerwerkplaats.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Session cookie flags beyond web.xml's HttpOnly and SameSite. Secure is set when the platform's public URL (LWP_BASE_URL) is HTTPS: then every
 * user reaches it over TLS, usually through a proxy, even where Payara itself only speaks HTTP.
 * Payara marks the cookie Secure on its own when it serves HTTPS directly; behind a proxy listed in
 * LWP_TRUSTED_PROXIES, {@link TrustedProxy} adds it for requests that came in over HTTPS.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    PlatformSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        if (settings.baseUrl().filter(url -> url.startsWith("https://")).isPresent()) {
            cookie.setSecure(true);
        }
    }
}
