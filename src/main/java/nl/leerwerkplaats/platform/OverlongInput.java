package nl.leerwerkplaats.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces cuts a submitted text to the field's maxlength (taken from its {@code @Size}) without a word. A browser
 * never sends more, so a longer value was made by hand or by a tool; it goes to validation whole, which answers with
 * the field's message instead of storing a silently shortened text. Registered in faces-config.xml.
 */
public final class OverlongInput {

    private OverlongInput() {
    }

    static void keepWhole(FacesContext context, UIInput input, int maxlength) {
        if (maxlength <= 0 || input.getSubmittedValue() == null) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (sent != null && sent.length() > maxlength) {
            input.setSubmittedValue(sent);
        }
    }

    /** p:inputText. */
    public static class TextRenderer extends InputTextRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, (InputText) component, ((InputText) component).getMaxlength());
        }
    }

    /** p:inputTextarea. */
    public static class TextareaRenderer extends InputTextareaRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, (InputTextarea) component, ((InputTextarea) component).getMaxlength());
        }
    }
}
