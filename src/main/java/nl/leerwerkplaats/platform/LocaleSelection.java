package nl.leerwerkplaats.platform;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The interface language of this session: Dutch unless the user switches to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = DUTCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isDutch() {
        return DUTCH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the current page (its URL and parameters) by redirect. */
    public String switchTo(String languageTag) {
        locale = ENGLISH.getLanguage().equals(languageTag) ? ENGLISH : DUTCH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
