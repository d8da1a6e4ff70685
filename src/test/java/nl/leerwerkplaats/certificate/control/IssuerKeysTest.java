package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The issuer's signing keys: generated, published as a JWKS without private parts, read back. */
class IssuerKeysTest {

    /** Every RSA private member of RFC 7518 6.3.2. */
    static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth");

    static RSAKey current;
    static RSAKey previous;

    @BeforeAll
    static void keys() {
        current = IssuerKeys.generate("issuer-2026");
        previous = IssuerKeys.generate("issuer-2025");
    }

    @Test
    @DisplayName("A generated key is a 2048-bit private RS256 signing key with the given kid")
    void generate() {
        assertEquals("issuer-2026", current.getKeyID());
        assertEquals(2048, current.size());
        assertEquals(KeyUse.SIGNATURE, current.getKeyUse());
        assertEquals(JWSAlgorithm.RS256, current.getAlgorithm());
        assertTrue(current.isPrivate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    @DisplayName("A key without a kid is refused: verifiers pick keys by kid")
    void generateWithoutKeyId(String keyId) {
        assertThrows(IllegalArgumentException.class, () -> IssuerKeys.generate(keyId));
        assertThrows(IllegalArgumentException.class, () -> IssuerKeys.generate(null));
    }

    @Test
    @DisplayName("The JWKS lists every key with its public members and no private member")
    void jwksIsPublic() {
        JsonObject jwks = Json.createReader(new StringReader(IssuerKeys.jwks(List.of(current, previous))))
                .readObject();
        List<JsonObject> keys = jwks.getJsonArray("keys").getValuesAs(JsonObject.class);
        assertEquals(List.of("issuer-2026", "issuer-2025"), keys.stream().map(k -> k.getString("kid")).toList());
        for (JsonObject key : keys) {
            assertEquals("RSA", key.getString("kty"));
            assertEquals("sig", key.getString("use"));
            assertEquals("RS256", key.getString("alg"));
            assertTrue(key.containsKey("n") && key.containsKey("e"));
            for (String member : PRIVATE_MEMBERS) {
                assertFalse(key.containsKey(member), "private member " + member + " published");
            }
        }
    }

    @Test
    @DisplayName("The published keys read back equal the public halves of the issuer's keys")
    void jwksRoundTrip() {
        List<RSAKey> published = IssuerKeys.parseSet(IssuerKeys.jwks(List.of(current, previous)));
        assertEquals(List.of(current.toPublicJWK(), previous.toPublicJWK()), published);
        assertFalse(published.get(0).isPrivate());
    }

    @Test
    @DisplayName("A private key stored as JWK JSON reads back whole, private parts included")
    void parsePrivateKey() {
        RSAKey parsed = IssuerKeys.parse(current.toJSONString());
        assertEquals(current, parsed);
        assertTrue(parsed.isPrivate());
    }

    @Test
    @DisplayName("Bad key input fails with a message that says what was expected")
    void parseBadInput() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parse(null))
                .getMessage().contains("No JWK"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parse("{not json"))
                .getMessage().startsWith("Not a valid JWK"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parse("{\"kty\":\"RSA\"}"))
                .getMessage().startsWith("Not a valid JWK"), "an RSA key without n and e");
        String octetKey = "{\"kty\":\"oct\",\"k\":\"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0\"}";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parse(octetKey))
                .getMessage().contains("Not an RSA key"));
        assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parseSet("[]"));
        assertThrows(IllegalArgumentException.class, () -> IssuerKeys.parseSet(" "));
    }

    @Test
    @DisplayName("Keys of other types in a JWKS are skipped, not mistaken for RSA keys")
    void parseSetSkipsOtherKeys() {
        String jwks = "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"x\",\"k\":\"c2VjcmV0\"},"
                + current.toPublicJWK().toJSONString() + "]}";
        assertEquals(List.of(current.toPublicJWK()), IssuerKeys.parseSet(jwks));
    }
}
