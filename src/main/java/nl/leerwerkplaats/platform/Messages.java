package nl.leerwerkplaats.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Texts from the i18n bundles in the language of the current view, for messages set in Java. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "i18n.messages";

    @Inject
    FacesContext faces;

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
