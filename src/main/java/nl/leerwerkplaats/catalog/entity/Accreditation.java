package nl.leerwerkplaats.catalog.entity;

import java.time.LocalDate;

/** The optional accreditation block of module.yaml: a value kept with each module version. */
public record Accreditation(String register, String status, String activityId, Integer points,
                            LocalDate validFrom, LocalDate validUntil) {

    public static final String ACCREDITED = "geaccrediteerd";
    public static final String NOT_ACCREDITED = "niet geaccrediteerd";

    public boolean accredited() {
        return ACCREDITED.equals(status);
    }
}
