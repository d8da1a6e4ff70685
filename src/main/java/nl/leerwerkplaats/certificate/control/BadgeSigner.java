package nl.leerwerkplaats.certificate.control;

import java.io.StringReader;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * Signs and checks Open Badges 3.0 credentials in the VC-JWT proof format (OB 3.0 section 8.2, VC Data Model
 * 2.0): the JWT payload is the credential itself, members at top level, plus {@code iss}, {@code jti},
 * {@code nbf} (and {@code sub} when the subject has an id) taken from it. The header carries the public key as
 * {@code jwk} for wallets, but verification trusts only the published keys, picked by {@code kid}: anyone can
 * put their own key in a header.
 */
public final class BadgeSigner {

    /** The outcome of a check; {@code credential} is set only when valid, {@code problem} only when not. */
    public record Verification(boolean valid, String keyId, JsonObject credential, String problem) {

        static Verification invalid(String keyId, String problem) {
            return new Verification(false, keyId, null, problem);
        }
    }

    static final String UNKNOWN_KEY = "unknown key id";
    static final String BAD_SIGNATURE = "signature does not match";
    static final String MALFORMED = "malformed token";
    static final String CLAIMS_MISMATCH = "claims do not match the credential";
    static final String UNSUPPORTED_ALGORITHM = "unsupported algorithm";

    /** JWT claims that are not part of the credential and are taken off again by {@link #credentialOf}. */
    static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "jti", "nbf", "sub", "exp");

    private BadgeSigner() {
    }

    /** The compact JWS of the credential, signed RS256 with the issuer's private key (which must have a kid). */
    public static String sign(JsonObject credential, RSAKey privateKey) {
        if (!privateKey.isPrivate() || privateKey.getKeyID() == null) {
            throw new IllegalArgumentException("Signing needs the issuer's private key with a key id");
        }
        for (String claim : REGISTERED_CLAIMS) {
            if (credential.containsKey(claim)) {
                throw new IllegalArgumentException("The credential must not carry the JWT claim " + claim);
            }
        }
        String id = text(credential, "id");
        if (id == null) {
            throw new IllegalArgumentException("The credential has no id");
        }
        JsonObjectBuilder payload = Jsonp.object(credential)
                .add("iss", issuerId(credential))
                .add("jti", id)
                .add("nbf", notBefore(credential));
        String subjectId = subjectId(credential);
        if (subjectId != null) {
            payload.add("sub", subjectId);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(privateKey.getKeyID())
                .jwk(privateKey.toPublicJWK())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload.build().toString()));
        try {
            jws.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
        return jws.serialize();
    }

    /** Checks the signature against the published key named by the token's kid, and the claims against the body. */
    public static Verification verify(String jwt, List<RSAKey> publishedKeys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(Objects.requireNonNull(jwt, "jwt").trim());
        } catch (ParseException e) {
            return Verification.invalid(null, MALFORMED);
        }
        String keyId = jws.getHeader().getKeyID();
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return Verification.invalid(keyId, UNSUPPORTED_ALGORITHM);
        }
        RSAKey key = publishedKeys.stream().filter(k -> k.getKeyID() != null && k.getKeyID().equals(keyId))
                .findFirst().orElse(null);
        if (key == null) {
            return Verification.invalid(keyId, UNKNOWN_KEY);
        }
        if (!signatureMatches(jws, key)) {
            return Verification.invalid(keyId, BAD_SIGNATURE);
        }
        JsonObject payload;
        try {
            payload = parse(jws.getPayload().toString());
        } catch (IllegalArgumentException e) {
            return Verification.invalid(keyId, MALFORMED);
        }
        if (!claimsMatch(payload)) {
            return Verification.invalid(keyId, CLAIMS_MISMATCH);
        }
        return new Verification(true, keyId, withoutClaims(payload), null);
    }

    /** The credential a token carries, unchecked: for display only, {@link #verify} decides whether to trust it. */
    public static JsonObject credentialOf(String jwt) {
        try {
            return withoutClaims(parse(JWSObject.parse(jwt.trim()).getPayload().toString()));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a compact JWS: " + e.getMessage(), e);
        }
    }

    private static boolean signatureMatches(JWSObject jws, RSAKey key) {
        try {
            return jws.verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static boolean claimsMatch(JsonObject payload) {
        try {
            JsonValue nbf = payload.get("nbf");
            return issuerId(payload).equals(text(payload, "iss"))
                    && payload.getString("id").equals(text(payload, "jti"))
                    && nbf instanceof JsonNumber number && number.longValueExact() == notBefore(payload)
                    && Objects.equals(subjectId(payload), text(payload, "sub"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code issuer} is either the profile's id or a profile object with one. */
    private static String issuerId(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonString id) {
            return id.getString();
        }
        if (issuer instanceof JsonObject profile) {
            return profile.getString("id");
        }
        throw new IllegalArgumentException("The credential has no issuer");
    }

    private static long notBefore(JsonObject credential) {
        try {
            return OffsetDateTime.parse(credential.getString("validFrom")).toEpochSecond();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("The credential has no valid validFrom", e);
        }
    }

    private static String subjectId(JsonObject credential) {
        JsonValue subject = credential.get("credentialSubject");
        return subject instanceof JsonObject object ? text(object, "id") : null;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static JsonObject withoutClaims(JsonObject payload) {
        JsonObjectBuilder credential = Jsonp.object(payload);
        REGISTERED_CLAIMS.forEach(credential::remove);
        return credential.build();
    }

    private static JsonObject parse(String json) {
        try (var reader = Jsonp.reader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("The token's payload is not a JSON object", e);
        }
    }
}
