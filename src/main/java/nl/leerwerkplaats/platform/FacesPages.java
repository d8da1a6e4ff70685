package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Small helpers for backing beans. */
public final class FacesPages {

    private FacesPages() {
    }

    /** Sends the browser to another page of the platform, as a GET; {@code path} starts with '/'. */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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
