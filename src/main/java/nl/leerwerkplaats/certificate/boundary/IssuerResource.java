package nl.leerwerkplaats.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.certificate.control.BadgeCredential;
import nl.leerwerkplaats.certificate.control.IssuerKeys;
import nl.leerwerkplaats.platform.Jsonp;

/**
 * What a badge's identifiers point at, for anyone: the issuer's Open Badges Profile
 * ({@code GET /api/v1/issuer}), its public keys as a JWKS ({@code GET /api/v1/issuer/jwks}), and the
 * achievement of a module version ({@code GET /api/v1/achievements/{module}/{version}}).
 */
@Path("v1")
@PermitAll
public class IssuerResource {

    public static final String PROFILE_PATH = "/api/v1/issuer";
    public static final String JWKS_PATH = "/api/v1/issuer/jwks";

    @Inject
    CertificateSettings settings;

    @Inject
    IssuerKeyStore keys;

    @Inject
    Records records;

    public static String achievementPath(String moduleKey, String versionLabel) {
        return "/api/v1/achievements/" + moduleKey + "/" + versionLabel;
    }

    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Response profile() {
        return Response.ok(Jsonp.object()
                .add("@context", BadgeCredential.contexts())
                .add("id", settings.base() + PROFILE_PATH)
                .add("type", Jsonp.array().add("Profile"))
                .add("name", settings.providerName())
                .add("url", settings.providerUrl())
                .add("description", "Issues Open Badges for completed modules; public keys: "
                        + settings.base() + JWKS_PATH)
                .build()).build();
    }

    @GET
    @Path("issuer/jwks")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    public Response jwks() {
        return Response.ok(IssuerKeys.jwks(keys.publishedKeys())).type("application/jwk-set+json").build();
    }

    @GET
    @Path("achievements/{module}/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response achievement(@PathParam("module") String module, @PathParam("version") String version) {
        return records.achievement(module, version)
                .map(achievement -> Response.ok(Jsonp.object()
                        .add("@context", BadgeCredential.contexts())
                        .addAll(Jsonp.object(achievement)).build()).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
