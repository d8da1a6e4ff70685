package nl.leerwerkplaats.identity.entity;

import java.util.Locale;

/** What someone does on the platform; the lower-case name is the Jakarta Security group and role. */
public enum Role {
    STUDENT, LECTURER, PROFESSIONAL, ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
