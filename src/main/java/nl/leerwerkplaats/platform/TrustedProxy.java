package nl.leerwerkplaats.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Honours X-Forwarded-Proto only from the reverse proxies named in LWP_TRUSTED_PROXIES, so that a client
 * cannot claim HTTPS for itself; behind such a proxy the application sees the scheme the user used.
 */
@ApplicationScoped
public class TrustedProxy {

    @Inject
    @ConfigProperty(name = "lwp.trusted.proxies")
    Optional<String> trustedProxies;

    private Set<String> addresses() {
        return trustedProxies.map(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    public boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || forwardedHttps(request);
    }

    private boolean forwardedHttps(HttpServletRequest request) {
        return "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
                && addresses().contains(request.getRemoteAddr());
    }

    public HttpServletRequest wrap(HttpServletRequest request) {
        if (request.isSecure() || !forwardedHttps(request)) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getScheme() {
                return "https";
            }
        };
    }
}
