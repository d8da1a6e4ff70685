package nl.leerwerkplaats.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.TrustedProxy;

/**
 * {@code GET /api/v1/verify/{code}}, for anyone: every field of the record, its status ({@code valid} or
 * {@code revoked} with the reason) and the signature check. A name removed on request reads "naam verwijderd
 * op verzoek", with {@code nameRemoved} true. Unknown: 404 "niet gevonden"; an address that
 * guessed too often: 429 with Retry-After.
 */
@Path("v1/verify/{code}")
@PermitAll
public class VerifyResource {

    @Inject
    Verification verification;

    @Inject
    TrustedProxy trustedProxy;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("code") String code) {
        Verification.Check check = verification.check(code, trustedProxy.clientAddress(request));
        if (check.outcome() == Verification.Outcome.TOO_MANY) {
            return Response.status(429).header("Retry-After", Math.max(1, check.retryAfter().toSeconds()))
                    .entity(Jsonp.object().add("status", "te veel pogingen")
                            .add("message", "Too many unknown codes from this address; try again later.").build())
                    .build();
        }
        if (check.outcome() == Verification.Outcome.NOT_FOUND) {
            return Response.status(Response.Status.NOT_FOUND).entity(Jsonp.object()
                    .add("status", "niet gevonden").add("message", "Geen certificaat met deze code: niet gevonden.")
                    .build()).build();
        }
        return Response.ok(json(check).build()).header("Cache-Control", "no-store").build();
    }

    static JsonObjectBuilder json(Verification.Check check) {
        CompletionRecord r = check.record();
        JsonObjectBuilder json = Jsonp.object()
                .add("code", r.getCode())
                .add("status", r.isRevoked() ? "revoked" : "valid")
                .add("valid", check.valid());
        if (r.isRevoked()) {
            json.add("revokedAt", r.getRevokedAt().toString()).add("revocationReason", r.getRevocationReason());
        }
        var data = r.getData();
        json.add("learnerName", data.learnerName()).add("nameRemoved", r.isNameRemoved());
        addNullable(json, "registrationNumber", data.registrationNumber());
        json.add("module", Jsonp.object().add("key", data.moduleKey()).add("title", data.moduleTitle())
                        .add("version", data.moduleVersion()))
                .add("provider", Jsonp.object().add("name", data.providerName())
                        .add("url", data.providerUrl()))
                .add("studyLoadMinutes", data.studyLoadMinutes())
                .add("studyHours", data.studyHours())
                .add("completionDate", data.completionDate().toString())
                .add("completedAt", data.completedAt().toString());
        if (data.finalScore() == null) {
            json.addNull("finalScore");
        } else {
            json.add("finalScore", data.finalScore());
        }
        JsonObjectBuilder accreditation = Jsonp.object();
        addNullable(accreditation, "register", data.register());
        addNullable(accreditation, "status", data.accreditationStatus());
        addNullable(accreditation, "activityId", data.activityId());
        addNullable(accreditation, "validFrom", data.accreditationFrom() == null ? null : data.accreditationFrom().toString());
        addNullable(accreditation, "validUntil", data.accreditationUntil() == null ? null : data.accreditationUntil().toString());
        if (r.getPointsAvailable() != null) {
            accreditation.add("pointsAvailable", r.getPointsAvailable());
        }
        json.add("accreditation", accreditation);
        if (data.points() == null) {
            json.addNull("points");
        } else {
            json.add("points", data.points());
        }
        json.add("outsideWindow", data.outsideWindow())
                .add("issuedAt", r.getIssuedAt().toString())
                .add("signature", signature(check))
                .add("credential", r.getCredentialJwt());
        return json;
    }

    private static JsonObjectBuilder signature(Verification.Check check) {
        JsonObjectBuilder json = Jsonp.object().add("valid", check.signature().valid())
                .add("matchesRecord", check.matchesRecord()).add("keyId", check.record().getKeyId());
        addNullable(json, "problem", check.signature().problem());
        return json;
    }

    private static void addNullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
