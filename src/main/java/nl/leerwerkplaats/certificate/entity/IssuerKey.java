package nl.leerwerkplaats.certificate.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.platform.BaseEntity;

/**
 * An RSA key the platform signs Open Badges with, as a JWK with its key id. Kept in the database so that every
 * instance of a cluster signs and verifies with the same keys; a retired key still verifies what it signed.
 */
@Entity
@Table(name = "issuer_key")
@NamedQuery(name = IssuerKey.FIND_ALL, query = "select k from IssuerKey k order by k.createdAt, k.id")
public class IssuerKey extends BaseEntity {

    public static final String FIND_ALL = "IssuerKey.findAll";

    @Column(name = "key_id", nullable = false, length = 64, updatable = false)
    private String keyId;

    @Column(name = "private_jwk", nullable = false, length = 8000, updatable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected IssuerKey() {
        // for JPA
    }

    public IssuerKey(String keyId, String privateJwk, Instant createdAt) {
        this.keyId = keyId;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }
}
