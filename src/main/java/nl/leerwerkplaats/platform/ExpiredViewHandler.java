package nl.leerwerkplaats.platform;

import java.io.IOException;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * A post whose page state is gone (the session ended, or the ViewState was forged) goes to the "page expired" page
 * by redirect. The error-page mapping of web.xml cannot do it: it forwards the post, ViewState and all, to the
 * error page, which then fails to restore in turn and ends as a 500.
 */
public class ExpiredViewHandler extends ExceptionCauseHandler {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class);
    }

    @Override
    void respond(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/error/expired");
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
