package nl.leerwerkplaats.certificate.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.jose.jwk.RSAKey;

import nl.leerwerkplaats.certificate.control.BadgeCredential;
import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.control.BadgeUrls;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.entity.Account;

/**
 * Removes a learner's name and registration number from their completion records on request (AVG/GDPR). The
 * signed badge carries the name, and verification rebuilds the badge from the record to compare; so the badge is
 * rebuilt without them, with the addresses the old one named, and signed again with the current issuer key.
 */
@Stateless
public class NameRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    IssuerKeyStore keys;

    /** @return the records changed now (records changed before are left as they are) */
    public List<CompletionRecord> removeNames(Account learner) {
        List<CompletionRecord> changed = em.createNamedQuery(CompletionRecord.FIND_OF_ACCOUNT, CompletionRecord.class)
                .setParameter("account", learner).getResultStream().filter(r -> !r.isNameRemoved()).toList();
        RSAKey key = keys.signingKey();
        for (CompletionRecord record : changed) {
            BadgeUrls urls = BadgeUrls.of(BadgeSigner.credentialOf(record.getCredentialJwt()));
            JsonObject credential = BadgeCredential.of(
                    record.data(urls.credentialId()).withoutLearner(CompletionRecord.NAME_REMOVED), urls);
            record.removeName(clock.instant(), key.getKeyID(), BadgeSigner.sign(credential, key));
        }
        return changed;
    }
}
