package nl.leerwerkplaats.certificate.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * A completion as an Open Badges 3.0 {@code OpenBadgeCredential} (VC Data Model 2.0), so a learner can carry it
 * into any wallet and anyone can check it without asking us. Names, types and required members follow the 1EdTech
 * JSON Schema {@code ob_v3p0_achievementcredential}; the tests validate against it.
 * <p>
 * The learner has no DID, so {@code credentialSubject} has no {@code id}; the name (and register number) go into
 * {@code identifier} as plain-text {@code IdentityObject}s, as the certificate prints them anyway.
 */
public final class BadgeCredential {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Fragment of the achievement id that names the final test's result description. */
    static final String FINAL_TEST_FRAGMENT = "#eindtoets";
    static final String CRITERIA = "Alle lessen van de module zijn gelezen, de eindtoets is gehaald en de "
            + "reflectieopdrachten zijn ingeleverd; reflectieopdrachten die beoordeeld worden, zijn goedgekeurd.";

    /** Dates inside Dutch narratives do not depend on the server's default locale. */
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.forLanguageTag("nl-NL"));

    /** The JSON-LD contexts every Open Badges 3.0 document starts with: VC 2.0, then OB 3.0.3. */
    public static JsonArrayBuilder contexts() {
        return Jsonp.array().add(VC_CONTEXT).add(OB_CONTEXT);
    }

    private BadgeCredential() {
    }

    /** The unsigned credential; {@link BadgeSigner} turns it into the VC-JWT that is handed out. */
    public static JsonObject of(CertificateData data, BadgeUrls urls) {
        String moment = timestamp(data.completedAt());
        return Jsonp.object()
                .add("@context", contexts())
                .add("id", urls.credentialId())
                .add("type", Jsonp.array().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", data.moduleTitle())
                .add("issuer", issuer(data, urls))
                .add("validFrom", moment)
                .add("awardedDate", moment)
                .add("credentialSubject", subject(data, urls, moment))
                .add("evidence", Jsonp.array().add(evidence(data, urls)))
                .build();
    }

    /** ISO-8601 in UTC with a trailing Z and whole seconds, as {@code validFrom} and the JWT's {@code nbf} agree. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static JsonObjectBuilder issuer(CertificateData data, BadgeUrls urls) {
        JsonObjectBuilder issuer = Jsonp.object()
                .add("id", urls.issuerId())
                .add("type", Jsonp.array().add("Profile"))
                .add("name", data.providerName());
        if (present(data.providerUrl())) {
            issuer.add("url", data.providerUrl());
        }
        return issuer;
    }

    private static JsonObjectBuilder subject(CertificateData data, BadgeUrls urls, String moment) {
        JsonArrayBuilder identifiers = Jsonp.array().add(identity("name", data.learnerName()));
        if (data.hasRegistrationNumber()) {
            identifiers.add(identity("identifier", data.registrationNumber()));
        }
        JsonObjectBuilder subject = Jsonp.object()
                .add("type", Jsonp.array().add("AchievementSubject"))
                .add("identifier", identifiers)
                .add("achievement", achievement(data, urls))
                .add("creditsEarned", data.studyHours())
                .add("activityEndDate", moment);
        if (data.finalScore() != null) {
            subject.add("result", Jsonp.array().add(Jsonp.object()
                    .add("type", Jsonp.array().add("Result"))
                    .add("resultDescription", urls.achievementId() + FINAL_TEST_FRAGMENT)
                    .add("value", String.valueOf(data.finalScore()))));
        }
        return subject;
    }

    private static JsonObjectBuilder identity(String identityType, String value) {
        return Jsonp.object()
                .add("type", "IdentityObject")
                .add("identityHash", value)
                .add("identityType", identityType)
                .add("hashed", false);
    }

    private static JsonObjectBuilder achievement(CertificateData data, BadgeUrls urls) {
        String description = present(data.moduleDescription()) ? data.moduleDescription() : data.moduleTitle();
        JsonObjectBuilder achievement = Jsonp.object()
                .add("id", urls.achievementId())
                .add("type", Jsonp.array().add("Achievement"))
                .add("achievementType", "Course")
                .add("name", data.moduleTitle())
                .add("description", description)
                .add("criteria", Jsonp.object().add("narrative", CRITERIA))
                .add("creditsAvailable", data.studyHours())
                .add("humanCode", data.moduleKey())
                .add("version", data.moduleVersion());
        if (data.finalScore() != null) {
            achievement.add("resultDescription", Jsonp.array().add(Jsonp.object()
                    .add("id", urls.achievementId() + FINAL_TEST_FRAGMENT)
                    .add("type", Jsonp.array().add("ResultDescription"))
                    .add("name", "Eindtoets")
                    .add("resultType", "Percent")
                    .add("valueMin", "0")
                    .add("valueMax", "100")));
        }
        if (data.accredited() && present(data.activityId())) {
            achievement.add("otherIdentifier", Jsonp.array().add(Jsonp.object()
                    .add("type", "IdentifierEntry")
                    .add("identifier", data.activityId())
                    .add("identifierType", activityIdType(data.register()))));
        }
        return achievement;
    }

    /**
     * The schema allows a fixed list of identifier types or an {@code ext:} name of letters, digits, '.' and '_';
     * the register's activity number is none of the fixed ones, so it becomes e.g. {@code ext:SKJActivityId}.
     */
    static String activityIdType(String register) {
        String name = register == null ? "" : register.replaceAll("[^A-Za-z0-9._]", "");
        return "ext:" + name + "ActivityId";
    }

    private static JsonObjectBuilder evidence(CertificateData data, BadgeUrls urls) {
        return Jsonp.object()
                .add("id", urls.evidenceId())
                .add("type", Jsonp.array().add("Evidence"))
                .add("name", data.moduleTitle() + " versie " + data.moduleVersion())
                .add("narrative", narrative(data));
    }

    /** What the learner did, in Dutch like the rest of the platform's texts. */
    static String narrative(CertificateData data) {
        StringBuilder text = new StringBuilder("Afgerond op ").append(DUTCH_DATE.format(data.completionDate()));
        if (data.finalScore() != null) {
            text.append(" met een score van ").append(data.finalScore()).append("% op de eindtoets");
        }
        text.append('.');
        String register = present(data.register()) ? data.register() : "het register";
        if (data.earnsPoints()) {
            text.append(" Geaccrediteerd bij ").append(register);
            if (present(data.activityId())) {
                text.append(" (activiteit ").append(data.activityId()).append(')');
            }
            text.append(": ").append(data.points()).append(data.points() == 1 ? " punt." : " punten.");
        } else if (data.outsideWindow()) {
            text.append(" Afgerond buiten de accreditatieperiode van ").append(register)
                    .append("; dit levert geen punten op.");
        }
        return text.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
