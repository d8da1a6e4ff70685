package nl.leerwerkplaats.certificate.control;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The issuer's RSA signing keys as JSON Web Keys. The private key stays with the platform; verifiers get the
 * public halves as a JWKS, which keeps every earlier key so badges signed before a key rotation still verify.
 */
public final class IssuerKeys {

    static final int KEY_SIZE = 2048;

    private IssuerKeys() {
    }

    /** A new 2048-bit RS256 signing key with the given key id. */
    public static RSAKey generate(String keyId) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("A signing key needs a key id (kid)");
        }
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /** The JWKS document to publish: the public part of every key, never a private member. */
    public static String jwks(List<RSAKey> keys) {
        List<JWK> publicKeys = new ArrayList<>();
        for (RSAKey key : keys) {
            publicKeys.add(Objects.requireNonNull(key, "key").toPublicJWK());
        }
        return new JWKSet(publicKeys).toString(true);
    }

    /** One RSA key (public or private) from its JWK JSON, e.g. the issuer's private key from configuration. */
    public static RSAKey parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("No JWK given: expected the JSON of one RSA key");
        }
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a valid JWK: " + e.getMessage(), e);
        }
        if (jwk instanceof RSAKey rsaKey) {
            return rsaKey;
        }
        throw new IllegalArgumentException("Not an RSA key: the JWK has kty " + jwk.getKeyType());
    }

    /** The RSA keys of a JWKS document, as a verifier reads the published set; other key types are skipped. */
    public static List<RSAKey> parseSet(String jwksJson) {
        if (jwksJson == null || jwksJson.isBlank()) {
            throw new IllegalArgumentException("No JWKS given: expected {\"keys\": [...]}");
        }
        try {
            List<RSAKey> keys = new ArrayList<>();
            for (JWK jwk : JWKSet.parse(jwksJson).getKeys()) {
                if (jwk instanceof RSAKey rsaKey) {
                    keys.add(rsaKey);
                }
            }
            return List.copyOf(keys);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a valid JWKS: " + e.getMessage(), e);
        }
    }
}
