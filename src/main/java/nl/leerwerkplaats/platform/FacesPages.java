package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Small helpers for backing beans. */
public final class FacesPages {

    private FacesPages() {
    }

    /** Ends the request with 404, for a view parameter that names nothing (or nothing this user may see). */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
