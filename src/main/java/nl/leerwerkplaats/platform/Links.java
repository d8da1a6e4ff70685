package nl.leerwerkplaats.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links for mails and printouts: LWP_BASE_URL when set, otherwise the address of this request. */
@RequestScoped
public class Links {

    @Inject
    PlatformSettings settings;

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxy trustedProxy;

    public String base() {
        return settings.baseUrl().orElseGet(this::fromRequest);
    }

    /** Outside a request (a timer) without LWP_BASE_URL there is no address to go by: a developer's machine. */
    private String fromRequest() {
        try {
            String scheme = trustedProxy.isSecure(request) ? "https" : request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("https".equals(scheme) && (port == 443 || trustedProxy.isSecure(request) && port == 80))
                    || ("http".equals(scheme) && port == 80);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        } catch (RuntimeException noRequest) {
            return "http://localhost:8080";
        }
    }

    /** @param path starting with '/', such as {@code /join?code=ABCD-EFGH} */
    public String to(String path) {
        return base() + path;
    }
}
