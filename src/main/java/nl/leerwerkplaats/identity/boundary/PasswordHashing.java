package nl.leerwerkplaats.identity.boundary;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP Password Storage Cheat Sheet, 2023). */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a random password: verifying against it costs as much as a real check (no timing oracle). */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time of a verification for a login that matched no account. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoy);
    }
}
