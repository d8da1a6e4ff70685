package nl.leerwerkplaats.privacy.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * {@code GET /api/v1/me/export}: the caller's own data as one JSON file to download. There is no parameter to
 * name an account, so no one can ask for anyone else's; anonymous callers get 401 (ApiAuthentication).
 */
@Path("v1/me/export")
public class PersonalDataResource {

    @Inject
    PersonalDataExport export;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
    public Response download() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        return Response.ok(export.of(currentAccount.get()))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(today) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    public static String fileName(LocalDate date) {
        return "leerwerkplaats-gegevens-" + date + ".json";
    }
}
