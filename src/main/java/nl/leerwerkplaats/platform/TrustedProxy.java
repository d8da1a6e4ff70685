package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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

    /**
     * The client's address: behind a trusted proxy the last address in X-Forwarded-For that is not itself a
     * trusted proxy (a client can prepend anything, but not what our proxies append); otherwise the peer.
     */
    public String clientAddress(HttpServletRequest request) {
        Set<String> trusted = addresses();
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        for (int index = hops.size() - 1; index >= 0; index--) {
            if (!trusted.contains(hops.get(index))) {
                return hops.get(index);
            }
        }
        return peer;
    }

    public boolean isSecure(HttpServletRequest request) {
        return request.isSecure() || forwardedHttps(request);
    }

    private boolean forwardedHttps(HttpServletRequest request) {
        return "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
                && addresses().contains(request.getRemoteAddr());
    }

    /**
     * Behind a trusted HTTPS proxy Payara itself sees plain HTTP and sets the session cookie without Secure;
     * this adds the flag to the session cookie already on the (uncommitted) response.
     */
    public void secureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        if (!forwardedHttps(request) || response.isCommitted()) {
            return;
        }
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        boolean first = true;
        for (String cookie : cookies) {
            boolean session = cookie.startsWith("JSESSIONID=") && !cookie.toLowerCase(Locale.ROOT).contains("; secure");
            String value = session ? cookie + "; Secure" : cookie;
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    /** Starts the session early for a first request through a trusted HTTPS proxy, so its cookie gets Secure. */
    public void startSecureSession(HttpServletRequest request, HttpServletResponse response) {
        if (forwardedHttps(request) && request.getSession(false) == null) {
            request.getSession(true);
            secureSessionCookie(request, response);
        }
    }

    /**
     * Login changes the session id and redirects; the new session cookie gets Secure just before the
     * redirect commits the response.
     */
    public HttpServletResponse wrap(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure() || !forwardedHttps(request)) {
            return response;
        }
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                secureSessionCookie(request, response);
                super.sendRedirect(location);
            }
        };
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
