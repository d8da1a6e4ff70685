package nl.leerwerkplaats.platform;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no (e-mail already in use, wrong current password, not your class). Carries an
 * i18n message key and the form field it belongs to; pages show it next to that field.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")") + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The id of the form field the message belongs to, or null for a message about the whole form. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
