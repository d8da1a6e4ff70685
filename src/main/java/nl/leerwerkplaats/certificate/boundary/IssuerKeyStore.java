package nl.leerwerkplaats.certificate.boundary;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.jose.jwk.RSAKey;

import nl.leerwerkplaats.certificate.control.IssuerKeys;
import nl.leerwerkplaats.certificate.entity.IssuerKey;

/**
 * The issuer's signing keys: the first is created at first start, and all of them are published, so that a
 * badge keeps verifying after a new key is added. Two cluster members starting on an empty database at once may
 * each create one; both are then published, and the oldest signs.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DependsOn("DatabaseMigration")
public class IssuerKeyStore {

    private static final Logger LOG = Logger.getLogger(IssuerKeyStore.class.getName());
    private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureKey() {
        if (all().isEmpty()) {
            String keyId = "lwp-" + KEY_DATE.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
            em.persist(new IssuerKey(keyId, IssuerKeys.generate(keyId).toJSONString(), clock.instant()));
            LOG.info("Created the Open Badge issuer key " + keyId);
        }
    }

    /** The key new badges are signed with. */
    public RSAKey signingKey() {
        return all().stream().filter(key -> !key.isRetired()).findFirst()
                .map(key -> IssuerKeys.parse(key.getPrivateJwk()))
                .orElseThrow(() -> new IllegalStateException("no active issuer key"));
    }

    /** Every key ever used, public parts only. */
    public List<RSAKey> publishedKeys() {
        return all().stream().map(key -> IssuerKeys.parse(key.getPrivateJwk()).toPublicJWK()).toList();
    }

    private List<IssuerKey> all() {
        return em.createNamedQuery(IssuerKey.FIND_ALL, IssuerKey.class).getResultList();
    }
}
