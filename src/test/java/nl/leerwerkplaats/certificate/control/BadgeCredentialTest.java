package nl.leerwerkplaats.certificate.control;

import static nl.leerwerkplaats.certificate.control.CertificateDataBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The completion as an Open Badges 3.0 OpenBadgeCredential, checked against the 1EdTech JSON Schema. */
class BadgeCredentialTest {

    static final BadgeUrls URLS = new BadgeUrls("https://leren.example.nl/badges/" + CertificateDataBuilder.CODE,
            "https://leren.example.nl/issuer", "https://leren.example.nl/achievements/normaliseren-basis/2026.1",
            CertificateDataBuilder.VERIFY_URL);

    static JsonObject full() {
        return BadgeCredential.of(certificate().build(), URLS);
    }

    static JsonObject minimal() {
        return BadgeCredential.of(certificate().registrationNumber(null).finalScore(null).notAccredited()
                .providerUrl(null).moduleDescription(null).build(), URLS);
    }

    @Test
    @DisplayName("The credential with every optional part is valid against the OB 3.0 schema")
    void fullIsSchemaValid() {
        assertEquals(List.of(), OpenBadgesSchema.credentialErrors(full()));
    }

    @Test
    @DisplayName("The credential without register number, score, accreditation or provider URL is valid too")
    void minimalIsSchemaValid() {
        assertEquals(List.of(), OpenBadgesSchema.credentialErrors(minimal()));
    }

    @Test
    @DisplayName("The schema check can fail: without issuer, or with an identity type outside the schema's list")
    void schemaCatchesMistakes() {
        JsonObject withoutIssuer = Json.createObjectBuilder(full()).remove("issuer").build();
        List<String> errors = OpenBadgesSchema.credentialErrors(withoutIssuer);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("issuer"), errors::toString);

        JsonObject subject = full().getJsonObject("credentialSubject");
        JsonObject badIdentity = Json.createObjectBuilder(subject.getJsonArray("identifier").getJsonObject(1))
                .add("identityType", "skjNumber").build();
        JsonObject withBadIdentity = Json.createObjectBuilder(full()).add("credentialSubject",
                Json.createObjectBuilder(subject).add("identifier", Json.createArrayBuilder().add(badIdentity)))
                .build();
        assertFalse(OpenBadgesSchema.credentialErrors(withBadIdentity).isEmpty());
    }

    @Test
    @DisplayName("The issuer is a valid OB 3.0 Profile with the provider's name and URL")
    void issuerIsProfile() {
        JsonObject issuer = full().getJsonObject("issuer");
        assertEquals(List.of(), OpenBadgesSchema.profileErrors(issuer));
        assertEquals(URLS.issuerId(), issuer.getString("id"));
        assertEquals(List.of("Profile"), strings(issuer.getJsonArray("type")));
        assertEquals("Leernetwerk Normaliseren", issuer.getString("name"));
        assertEquals("https://leren.example.nl", issuer.getString("url"));
        assertFalse(minimal().getJsonObject("issuer").containsKey("url"));
    }

    @Test
    @DisplayName("Contexts, types, id, name and whole-second UTC timestamps")
    void envelope() {
        JsonObject credential = full();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                strings(credential.getJsonArray("@context")));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(credential.getJsonArray("type")));
        assertEquals(URLS.credentialId(), credential.getString("id"));
        assertEquals("Normaliseren in de jeugdzorg", credential.getString("name"));
        assertEquals("2026-11-30T14:05:09Z", credential.getString("validFrom"));
        assertEquals("2026-11-30T14:05:09Z", credential.getString("awardedDate"));
        assertFalse(credential.containsKey("proof"), "the proof is the JWT around it");
    }

    @Test
    @DisplayName("The subject: name and register number as plain identity objects, credits, end date, score")
    void subject() {
        JsonObject subject = full().getJsonObject("credentialSubject");
        assertEquals(List.of("AchievementSubject"), strings(subject.getJsonArray("type")));
        assertFalse(subject.containsKey("id"), "the learner has no DID");
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityHash", "Anna de Vries")
                        .add("identityType", "name").add("hashed", false))
                .add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityHash", "110012345")
                        .add("identityType", "identifier").add("hashed", false))
                .build(), subject.getJsonArray("identifier"));
        assertEquals(new BigDecimal("1.5"), subject.getJsonNumber("creditsEarned").bigDecimalValue());
        assertEquals("2026-11-30T14:05:09Z", subject.getString("activityEndDate"));
        JsonObject result = subject.getJsonArray("result").getJsonObject(0);
        assertEquals("85", result.getString("value"));
        assertEquals(List.of("Result"), strings(result.getJsonArray("type")));
        JsonObject description = subject.getJsonObject("achievement").getJsonArray("resultDescription")
                .getJsonObject(0);
        assertEquals(description.getString("id"), result.getString("resultDescription"),
                "the result points at the achievement's description of the final test");
        assertEquals("Percent", description.getString("resultType"));
    }

    @Test
    @DisplayName("The achievement: a versioned course with criteria, credits, code and the register's activity id")
    void achievement() {
        JsonObject achievement = full().getJsonObject("credentialSubject").getJsonObject("achievement");
        assertEquals(URLS.achievementId(), achievement.getString("id"));
        assertEquals(List.of("Achievement"), strings(achievement.getJsonArray("type")));
        assertEquals("Course", achievement.getString("achievementType"));
        assertEquals("Normaliseren in de jeugdzorg", achievement.getString("name"));
        assertEquals("Wat normaliseren is en hoe je het in je werk toepast.", achievement.getString("description"));
        String criteria = achievement.getJsonObject("criteria").getString("narrative");
        assertTrue(criteria.contains("lessen") && criteria.contains("eindtoets") && criteria.contains("reflectie"),
                criteria);
        assertEquals(JsonValue.ValueType.NUMBER, achievement.get("creditsAvailable").getValueType());
        assertEquals(new BigDecimal("1.5"), achievement.getJsonNumber("creditsAvailable").bigDecimalValue());
        assertEquals("normaliseren-basis", achievement.getString("humanCode"));
        assertEquals("2026.1", achievement.getString("version"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "IdentifierEntry")
                .add("identifier", "12345").add("identifierType", "ext:SKJActivityId")).build(),
                achievement.getJsonArray("otherIdentifier"));
    }

    @Test
    @DisplayName("Without register number, score or accreditation those parts are left out; description falls back")
    void optionalPartsLeftOut() {
        JsonObject subject = minimal().getJsonObject("credentialSubject");
        assertEquals(1, subject.getJsonArray("identifier").size());
        assertFalse(subject.containsKey("result"));
        JsonObject achievement = subject.getJsonObject("achievement");
        assertFalse(achievement.containsKey("resultDescription"));
        assertFalse(achievement.containsKey("otherIdentifier"));
        assertEquals("Normaliseren in de jeugdzorg", achievement.getString("description"));
    }

    @Test
    @DisplayName("The evidence names module and version and tells date, score and points in Dutch")
    void evidence() {
        JsonArray evidence = full().getJsonArray("evidence");
        assertEquals(1, evidence.size());
        JsonObject item = evidence.getJsonObject(0);
        assertEquals(CertificateDataBuilder.VERIFY_URL, item.getString("id"));
        assertEquals(List.of("Evidence"), strings(item.getJsonArray("type")));
        assertEquals("Normaliseren in de jeugdzorg versie 2026.1", item.getString("name"));
        assertEquals("Afgerond op 30 november 2026 met een score van 85% op de eindtoets. "
                + "Geaccrediteerd bij SKJ (activiteit 12345): 2 punten.", item.getString("narrative"));
    }

    @Test
    @DisplayName("The narrative says when a completion outside the window earns no points, and is short without")
    void narrativeVariants() {
        assertEquals("Afgerond op 30 november 2026 met een score van 85% op de eindtoets. Afgerond buiten de "
                + "accreditatieperiode van SKJ; dit levert geen punten op.",
                BadgeCredential.narrative(certificate().outsideWindow().build()));
        assertEquals("Afgerond op 30 november 2026.",
                BadgeCredential.narrative(certificate().finalScore(null).notAccredited().build()));
    }

    @Test
    @DisplayName("An activity-id type is an ext: name the schema accepts, whatever the register is called")
    void activityIdType() {
        assertEquals("ext:SKJActivityId", BadgeCredential.activityIdType("SKJ"));
        assertEquals("ext:KwaliteitsregisterJeugdActivityId",
                BadgeCredential.activityIdType("Kwaliteitsregister Jeugd"));
        assertEquals("ext:ActivityId", BadgeCredential.activityIdType(null));
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
