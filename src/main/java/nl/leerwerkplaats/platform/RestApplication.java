package nl.leerwerkplaats.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST resources live under /api; each feature versions its own paths (v1/...). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
