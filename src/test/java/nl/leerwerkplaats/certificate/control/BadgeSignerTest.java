package nl.leerwerkplaats.certificate.control;

import static nl.leerwerkplaats.certificate.control.CertificateDataBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import nl.leerwerkplaats.certificate.control.BadgeSigner.Verification;

/** The OB 3.0 VC-JWT proof: signed with the issuer's key, trusted only through the published JWKS. */
class BadgeSignerTest {

    static RSAKey issuerKey;
    static RSAKey attackerKey;
    static List<RSAKey> published;
    static JsonObject credential;
    static String jwt;

    @BeforeAll
    static void sign() {
        issuerKey = IssuerKeys.generate("issuer-2026");
        attackerKey = IssuerKeys.generate("issuer-2026");
        published = IssuerKeys.parseSet(IssuerKeys.jwks(List.of(issuerKey)));
        credential = BadgeCredential.of(certificate().build(), BadgeCredentialTest.URLS);
        jwt = BadgeSigner.sign(credential, issuerKey);
    }

    @Test
    @DisplayName("Signed, published as JWKS, read back and verified: valid, with the key id and the credential")
    void roundTrip() {
        Verification verification = BadgeSigner.verify(jwt, published);
        assertEquals(new Verification(true, "issuer-2026", credential, null), verification);
    }

    @Test
    @DisplayName("The header: RS256, typ JWT, the kid, and the public key as jwk without private members")
    void header() {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        JsonObject header = decode(parts[0]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertEquals("issuer-2026", header.getString("kid"));
        JsonObject jwk = header.getJsonObject("jwk");
        assertEquals(issuerKey.getModulus().toString(), jwk.getString("n"));
        for (String member : IssuerKeysTest.PRIVATE_MEMBERS) {
            assertFalse(jwk.containsKey(member), "private member " + member + " in the header");
        }
    }

    @Test
    @DisplayName("The payload is the credential at top level plus iss, jti and nbf from it; no vc wrapper, no sub")
    void payload() {
        JsonObject payload = decode(jwt.split("\\.")[1]);
        assertEquals(BadgeCredentialTest.URLS.issuerId(), payload.getString("iss"));
        assertEquals(BadgeCredentialTest.URLS.credentialId(), payload.getString("jti"));
        assertEquals(1_796_047_509L, payload.getJsonNumber("nbf").longValueExact(), "2026-11-30T14:05:09Z");
        assertFalse(payload.containsKey("vc"));
        assertFalse(payload.containsKey("sub"), "the subject has no id");
        for (String member : credential.keySet()) {
            assertEquals(credential.get(member), payload.get(member), member);
        }
        assertEquals(credential.size() + 3, payload.size());
    }

    @Test
    @DisplayName("A subject with an id becomes the sub claim, and still verifies")
    void subjectId() {
        JsonObject withSubjectId = Json.createObjectBuilder(credential).add("credentialSubject",
                Json.createObjectBuilder(credential.getJsonObject("credentialSubject")).add("id", "did:example:anna"))
                .build();
        String token = BadgeSigner.sign(withSubjectId, issuerKey);
        assertEquals("did:example:anna", decode(token.split("\\.")[1]).getString("sub"));
        assertTrue(BadgeSigner.verify(token, published).valid());
        assertEquals(withSubjectId, BadgeSigner.credentialOf(token));
    }

    @Test
    @DisplayName("credentialOf gives back exactly the credential that was signed")
    void credentialOf() {
        assertEquals(credential, BadgeSigner.credentialOf(jwt));
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.credentialOf("no token"));
    }

    @Test
    @DisplayName("A changed name in the payload breaks the signature")
    void tamperedPayload() {
        String[] parts = jwt.split("\\.");
        JsonObject changed = Json.createObjectBuilder(decode(parts[1])).add("name", "Iets anders").build();
        String tampered = parts[0] + "." + encode(changed.toString()) + "." + parts[2];
        assertEquals(Verification.invalid("issuer-2026", "signature does not match"),
                BadgeSigner.verify(tampered, published));
    }

    @Test
    @DisplayName("A kid that is not published is refused, even when the token is otherwise genuine")
    void unknownKeyId() {
        RSAKey other = IssuerKeys.generate("issuer-2027");
        Verification verification = BadgeSigner.verify(jwt, List.of(other.toPublicJWK()));
        assertFalse(verification.valid());
        assertEquals("unknown key id", verification.problem());
        assertNull(verification.credential());
    }

    @Test
    @DisplayName("A token signed with another key under our kid, carrying its own jwk, is refused")
    void attackerKeyInHeader() {
        String forged = BadgeSigner.sign(credential, attackerKey);
        assertEquals(attackerKey.getModulus().toString(),
                decode(forged.split("\\.")[0]).getJsonObject("jwk").getString("n"),
                "the header offers the attacker's key");
        assertEquals(Verification.invalid("issuer-2026", "signature does not match"),
                BadgeSigner.verify(forged, published));
    }

    @Test
    @DisplayName("After a key rotation, badges signed with the previous key still verify")
    void rotation() {
        RSAKey next = IssuerKeys.generate("issuer-2027");
        List<RSAKey> both = IssuerKeys.parseSet(IssuerKeys.jwks(List.of(next, issuerKey)));
        assertTrue(BadgeSigner.verify(jwt, both).valid());
        assertTrue(BadgeSigner.verify(BadgeSigner.sign(credential, next), both).valid());
    }

    @Test
    @DisplayName("Genuinely signed claims that contradict the credential are refused")
    void claimsMismatch() throws JOSEException {
        JsonObject wrongIssuer = Json.createObjectBuilder(decode(jwt.split("\\.")[1]))
                .add("iss", "https://elders.example/issuer").build();
        JsonObject wrongStart = Json.createObjectBuilder(decode(jwt.split("\\.")[1]))
                .add("nbf", 1_796_047_510L).build();
        JsonObject noJti = Json.createObjectBuilder(decode(jwt.split("\\.")[1])).remove("jti").build();
        for (JsonObject payload : List.of(wrongIssuer, wrongStart, noJti)) {
            assertEquals(Verification.invalid("issuer-2026", "claims do not match the credential"),
                    BadgeSigner.verify(signRaw(payload.toString()), published), payload.toString());
        }
        assertEquals("malformed token", BadgeSigner.verify(signRaw("[1, 2]"), published).problem());
    }

    @Test
    @DisplayName("Garbage and tokens with another algorithm are refused before any key is tried")
    void malformedAndOtherAlgorithms() throws JOSEException {
        assertEquals(Verification.invalid(null, "malformed token"), BadgeSigner.verify("abc", published));
        assertEquals("malformed token", BadgeSigner.verify("a.b.c", published).problem());
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("issuer-2026").build(),
                new Payload(decode(jwt.split("\\.")[1]).toString()));
        hmac.sign(new MACSigner(new byte[32]));
        assertEquals("unsupported algorithm", BadgeSigner.verify(hmac.serialize(), published).problem());
    }

    @Test
    @DisplayName("Signing needs a private key with a kid, and a credential without JWT claim names")
    void signRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.sign(credential, issuerKey.toPublicJWK()));
        JsonObject withIss = Json.createObjectBuilder(credential).add("iss", "x").build();
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.sign(withIss, issuerKey));
        JsonObject withoutIssuer = Json.createObjectBuilder(credential).remove("issuer").build();
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.sign(withoutIssuer, issuerKey));
        JsonObject withoutId = Json.createObjectBuilder(credential).remove("id").build();
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.sign(withoutId, issuerKey));
        JsonObject withoutStart = Json.createObjectBuilder(credential).remove("validFrom").build();
        assertThrows(IllegalArgumentException.class, () -> BadgeSigner.sign(withoutStart, issuerKey));
    }

    private static String signRaw(String payload) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(issuerKey.getKeyID()).build(), new Payload(payload));
        jws.sign(new RSASSASigner(issuerKey));
        return jws.serialize();
    }

    static JsonObject decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
