package nl.leerwerkplaats.platform;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of mails, in Dutch: the platform's language, and a mail has no page whose language it could follow. */
public final class MailTexts {

    private MailTexts() {
    }

    public static String get(String key, Object... arguments) {
        String text = ResourceBundle.getBundle(Messages.BUNDLE, LocaleSelection.DUTCH).getString(key);
        return new MessageFormat(text, LocaleSelection.DUTCH).format(arguments);
    }
}
