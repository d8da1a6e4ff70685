package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * The one place where {@link AccessDenied} becomes a response: 404, as for an id that does not exist, so that
 * a forged request learns nothing and never sees an error page with a stack trace.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            while (cause != null && !(cause instanceof AccessDenied)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                try {
                    faces.getExternalContext().responseSendError(404, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalStateException committed) {
                    throw new FacesException("Access denied after the response was committed", committed);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
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
