package nl.leerwerkplaats.certificate.boundary;

import java.time.Duration;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.certificate.control.BadgeCredential;
import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.control.BadgeUrls;
import nl.leerwerkplaats.certificate.control.VerificationCodes;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;

/**
 * Checks a verification code for anyone, without an account: the record, whether it was revoked, and whether
 * its signed badge verifies with a published key and says exactly what the record says. Unknown codes count
 * against the asking address ({@link VerificationGuard}).
 */
@Stateless
public class Verification {

    /** FOUND with the record; NOT_FOUND; TOO_MANY when the address guessed too often. */
    public enum Outcome { FOUND, NOT_FOUND, TOO_MANY }

    /**
     * @param signature     the badge's signature check with the published keys
     * @param matchesRecord whether the signed badge carries exactly the record's fields
     */
    public record Check(Outcome outcome, CompletionRecord record, BadgeSigner.Verification signature,
                        boolean matchesRecord, Duration retryAfter) {

        /** Valid: found, not revoked, signature and contents check out. */
        public boolean valid() {
            return outcome == Outcome.FOUND && !record.isRevoked() && signature.valid() && matchesRecord;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuerKeyStore keys;

    @Inject
    VerificationGuard guard;

    public Check check(String code, String address) {
        if (guard.blocked(address)) {
            return new Check(Outcome.TOO_MANY, null, null, false, guard.retryAfter(address));
        }
        Optional<CompletionRecord> found = find(code);
        if (found.isEmpty()) {
            guard.miss(address);
            return new Check(Outcome.NOT_FOUND, null, null, false, Duration.ZERO);
        }
        CompletionRecord record = found.get();
        BadgeSigner.Verification signature = BadgeSigner.verify(record.getCredentialJwt(), keys.publishedKeys());
        return new Check(Outcome.FOUND, record, signature, signature.valid() && matches(record, signature.credential()),
                Duration.ZERO);
    }

    /** The record with this code, written in any case and with or without dashes. */
    public Optional<CompletionRecord> find(String code) {
        return VerificationCodes.normalize(code).flatMap(normal -> em.createNamedQuery(
                CompletionRecord.FIND_BY_CODE, CompletionRecord.class).setParameter("code", normal)
                .getResultStream().findFirst());
    }

    /** Rebuilds the badge from the record, with the identifiers the signed one has, and compares them whole. */
    static boolean matches(CompletionRecord record, JsonObject signed) {
        try {
            BadgeUrls urls = BadgeUrls.of(signed);
            return BadgeCredential.of(record.data(urls.credentialId()), urls).equals(signed);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
