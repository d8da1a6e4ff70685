package nl.leerwerkplaats.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a view parameter that does not convert ({@code ?attempt=abc}) names nothing: 404, as for
 * an id that does not exist. Without this, Faces skips the page's load action and renders the page empty, and its
 * links to "the current thing" fail on the missing value.
 */
public class InvalidViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        // On a GET the only inputs processed are the view parameters; a postback's field errors stay on the page.
        if (faces.isPostback() || !faces.isValidationFailed()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after rendering.
    }
}
