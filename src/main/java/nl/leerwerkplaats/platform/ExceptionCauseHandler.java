package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * Turns a Faces exception with a given cause anywhere in its chain into a response of its own; the other
 * exceptions go on to the wrapped handler.
 */
abstract class ExceptionCauseHandler extends ExceptionHandlerWrapper {

    private final Class<? extends Throwable> cause;

    ExceptionCauseHandler(ExceptionHandler wrapped, Class<? extends Throwable> cause) {
        super(wrapped);
        this.cause = cause;
    }

    /** Sends the response for the cause; the request ends after it. */
    abstract void respond(FacesContext faces) throws IOException;

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            while (failure != null && !cause.isInstance(failure)) {
                failure = failure.getCause();
            }
            if (failure != null) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                try {
                    respond(faces);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }
}
