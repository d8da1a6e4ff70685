package nl.leerwerkplaats.certificate.control;

import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.JsonObject;

/**
 * The 1EdTech Open Badges 3.0 JSON Schemas (2019-09), read from the test class path: their ids are mapped to the
 * copies in src/test/resources/openbadges-3.0, and the validator fetches nothing remote (its default), so the
 * tests run offline. The 2019-09 meta-schema ships inside the validator.
 */
public final class OpenBadgesSchema {

    static final String CREDENTIAL_ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json";
    static final String PROFILE_ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_profile-jsonschema1.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2019_09, builder -> builder.schemaIdResolvers(ids -> ids.mappings(Map.of(
                    CREDENTIAL_ID, "classpath:openbadges-3.0/achievementcredential.schema.json",
                    PROFILE_ID, "classpath:openbadges-3.0/profile.schema.json"))));

    private OpenBadgesSchema() {
    }

    /** The schema errors of an OpenBadgeCredential, as readable messages; empty when valid. */
    public static List<String> credentialErrors(JsonObject credential) {
        return errors(CREDENTIAL_ID, credential);
    }

    /** The schema errors of an issuer Profile. */
    public static List<String> profileErrors(JsonObject profile) {
        return errors(PROFILE_ID, profile);
    }

    private static List<String> errors(String schemaId, JsonObject json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaId));
        List<Error> errors = schema.validate(json.toString(), InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
