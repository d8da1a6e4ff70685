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
        return settings.baseUrl().orElseGet(() -> {
            String scheme = trustedProxy.isSecure(request) ? "https" : request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("https".equals(scheme) && (port == 443 || trustedProxy.isSecure(request) && port == 80))
                    || ("http".equals(scheme) && port == 80);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        });
    }

    /** @param path starting with '/', such as {@code /join?code=ABCD-EFGH} */
    public String to(String path) {
        return base() + path;
    }
}
