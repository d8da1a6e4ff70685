package nl.leerwerkplaats.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Texts from the i18n bundles in the language of the current view, for messages set in Java. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "i18n.messages";

    @Inject
    FacesContext faces;

    /** The language an export is asked in: English with {@code lang=en}, Dutch otherwise. */
    public static Locale exportLocale(String lang) {
        return Locale.forLanguageTag("en".equals(lang) ? "en" : "nl");
    }

    public static ResourceBundle exportBundle(String lang) {
        return ResourceBundle.getBundle(BUNDLE, exportLocale(lang));
    }

    /** Shows a refusal next to its field of the given form, or above the form when it concerns all of it. */
    public void show(BusinessException refusal, String formId) {
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                get(refusal.messageKey(), refusal.arguments()), null));
        faces.validationFailed();
    }

    /** A confirmation that survives the redirect after a successful action (Post-Redirect-Get). */
    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public String get(String key, Object... arguments) {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleSelection.DUTCH;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
