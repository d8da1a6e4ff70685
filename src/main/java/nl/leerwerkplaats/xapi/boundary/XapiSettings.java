package nl.leerwerkplaats.xapi.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Where statements point and where they go. Activity and account IRIs live under {@code LWP_BASE_URL}; without
 * it (a developer's machine) under http://localhost:8080. {@code LWP_LRS_ENDPOINT} (the LRS's xAPI base, e.g.
 * https://lrs.example.org/xapi), {@code LWP_LRS_USERNAME} and {@code LWP_LRS_PASSWORD} switch forwarding on.
 */
@ApplicationScoped
public class XapiSettings {

    static final String DEVELOPMENT_BASE = "http://localhost:8080";

    @Inject
    PlatformSettings platform;

    @Inject
    @ConfigProperty(name = "lwp.lrs.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "lwp.lrs.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "lwp.lrs.password")
    Optional<String> password;

    public String base() {
        return platform.baseUrl().orElse(DEVELOPMENT_BASE);
    }

    /** The LRS's statements resource, when forwarding is configured. */
    public Optional<String> statementsUrl() {
        return endpoint.map(String::trim).filter(e -> !e.isEmpty())
                .map(e -> e.replaceAll("/+$", "") + "/statements");
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }
}
