package nl.leerwerkplaats.testsupport;

import java.net.URI;
import java.net.URL;

/** Tests talk only to 127.0.0.1: Arquillian reports the machine's network address, which we rewrite. */
public final class Loopback {

    private Loopback() {
    }

    /** The same URL with its host replaced by 127.0.0.1, without a trailing slash. */
    public static String of(URL deployed) {
        URI uri = URI.create(deployed.toString());
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return "http://127.0.0.1:" + uri.getPort() + path;
    }
}
