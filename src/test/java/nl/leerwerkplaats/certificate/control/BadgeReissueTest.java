package nl.leerwerkplaats.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.RSAKey;

/** privacy R3: a badge rebuilt without the learner's name, for a record whose name was removed on request. */
class BadgeReissueTest {

    private static final String PLACEHOLDER = "naam verwijderd op verzoek";

    @Test
    @DisplayName("privacy R3: the data without the learner keeps every other field and drops the registration number")
    void withoutLearner() {
        CertificateData data = CertificateDataBuilder.certificate().build();
        CertificateData removed = data.withoutLearner(PLACEHOLDER);
        assertEquals(PLACEHOLDER, removed.learnerName());
        assertNull(removed.registrationNumber());
        assertFalse(removed.hasRegistrationNumber());
        assertEquals(data, new CertificateData(data.code(), data.verifyUrl(), data.learnerName(),
                data.registrationNumber(), removed.moduleKey(), removed.moduleTitle(), removed.moduleVersion(),
                removed.moduleDescription(), removed.providerName(), removed.providerUrl(), removed.studyLoadMinutes(),
                removed.studyHours(), removed.completionDate(), removed.completedAt(), removed.finalScore(),
                removed.register(), removed.accreditationStatus(), removed.activityId(), removed.points(),
                removed.outsideWindow(), removed.accreditationFrom(), removed.accreditationUntil()),
                "only the learner's fields differ");
    }

    @Test
    @DisplayName("privacy R3: re-signed with the addresses of the old badge, it verifies and carries no name")
    void reissuedBadgeVerifies() {
        RSAKey key = IssuerKeys.generate("issuer-privacy");
        List<RSAKey> published = IssuerKeys.parseSet(IssuerKeys.jwks(List.of(key)));
        CertificateData data = CertificateDataBuilder.certificate().build();
        String original = BadgeSigner.sign(BadgeCredential.of(data, BadgeCredentialTest.URLS), key);

        BadgeUrls urls = BadgeUrls.of(BadgeSigner.credentialOf(original));
        assertEquals(BadgeCredentialTest.URLS, urls, "the addresses are read back from the signed badge");
        JsonObject rebuilt = BadgeCredential.of(data.withoutLearner(PLACEHOLDER), urls);
        String reissued = BadgeSigner.sign(rebuilt, key);

        BadgeSigner.Verification check = BadgeSigner.verify(reissued, published);
        assertTrue(check.valid(), check.problem());
        assertEquals(rebuilt, check.credential());
        assertNotEquals(BadgeSigner.credentialOf(original), check.credential());
        String text = check.credential().toString();
        assertFalse(text.contains(data.learnerName()) || text.contains(data.registrationNumber()), text);
        assertTrue(text.contains(PLACEHOLDER), text);
    }
}
