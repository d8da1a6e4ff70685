package nl.leerwerkplaats.platform;

import jakarta.ejb.ApplicationException;

/** The user may not see or change this object; pages answer 404 so that ids reveal nothing. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }
}
