package nl.leerwerkplaats.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Shows stored UTC instants in the platform's time zone (LWP_TIME_ZONE) and the user's language. */
@Named
@ApplicationScoped
public class TimeDisplay {

    @Inject
    PlatformSettings settings;

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
    }

    /** A calendar day, such as a completion date: "30 november 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    private static java.util.Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null ? faces.getViewRoot().getLocale() : LocaleSelection.DUTCH;
    }

    private String format(Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        return style.withLocale(locale()).withZone(settings.timeZone()).format(instant);
    }
}
