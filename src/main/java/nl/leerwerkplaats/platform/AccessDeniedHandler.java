package nl.leerwerkplaats.platform;

import java.io.IOException;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;

/**
 * The one place where {@link AccessDenied} becomes a response: 404, as for an id that does not exist, so that
 * a forged request learns nothing and never sees an error page with a stack trace.
 */
public class AccessDeniedHandler extends ExceptionCauseHandler {

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped, AccessDenied.class);
    }

    @Override
    void respond(FacesContext faces) throws IOException {
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IllegalStateException committed) {
            throw new FacesException("Access denied after the response was committed", committed);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessDeniedHandler(getWrapped().getExceptionHandler());
        }
    }
}
