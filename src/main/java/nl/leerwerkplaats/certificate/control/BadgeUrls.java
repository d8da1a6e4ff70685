package nl.leerwerkplaats.certificate.control;

import java.util.List;
import java.util.Objects;

import jakarta.json.JsonObject;

/**
 * The absolute addresses an Open Badge names, built by the caller from the platform's public base URL so this
 * package never guesses a host.
 *
 * @param credentialId  the credential's own id, e.g. {@code https://host/badges/CODE}
 * @param issuerId      the issuer profile, also the JWT's {@code iss}
 * @param achievementId the module's achievement; shared by every badge for the module version
 * @param evidenceId    where the completion can be seen, e.g. the verify page
 */
public record BadgeUrls(String credentialId, String issuerId, String achievementId, String evidenceId) {

    public BadgeUrls {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(evidenceId, "evidenceId");
    }

    /** The addresses a signed credential names, so a rebuilt credential carries the same ones. */
    public static BadgeUrls of(JsonObject credential) {
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        List<JsonObject> evidence = credential.getJsonArray("evidence").getValuesAs(JsonObject.class);
        return new BadgeUrls(credential.getString("id"), credential.getJsonObject("issuer").getString("id"),
                achievement.getString("id"), evidence.get(0).getString("id"));
    }
}
