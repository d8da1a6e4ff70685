package nl.leerwerkplaats.certificate.boundary;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Settings of completion records (see README): the provider named on certificates and badges, the points a
 * register requires per period, and how many wrong verification codes an address may try.
 */
@ApplicationScoped
public class CertificateSettings {

    /** Where badges point when LWP_BASE_URL is not set: a developer's machine. Set it before issuing for real. */
    static final String DEVELOPMENT_BASE = "http://localhost:8080";

    @Inject
    PlatformSettings platform;

    @Inject
    @ConfigProperty(name = "lwp.provider.name", defaultValue = "Leerwerkplaats")
    String providerName;

    @Inject
    @ConfigProperty(name = "lwp.provider.url")
    Optional<String> providerUrl;

    @Inject
    @ConfigProperty(name = "lwp.skj.required.points", defaultValue = "60")
    int skjRequiredPoints;

    @Inject
    @ConfigProperty(name = "lwp.verify.max.misses", defaultValue = "20")
    int verifyMaxMisses;

    @Inject
    @ConfigProperty(name = "lwp.verify.window.minutes", defaultValue = "10")
    int verifyWindowMinutes;

    /** The base of the identifiers in a badge: they are frozen when it is signed, so not taken from a request. */
    public String base() {
        return platform.baseUrl().orElse(DEVELOPMENT_BASE);
    }

    public String providerName() {
        return providerName.isBlank() ? "Leerwerkplaats" : providerName.trim();
    }

    public String providerUrl() {
        return providerUrl.map(String::trim).filter(url -> !url.isEmpty()).orElse(base() + "/");
    }

    public int skjRequiredPoints() {
        return skjRequiredPoints;
    }

    public int verifyMaxMisses() {
        return verifyMaxMisses;
    }

    public Duration verifyWindow() {
        return Duration.ofMinutes(verifyWindowMinutes);
    }
}
