package nl.leerwerkplaats.catalog.control;

import java.time.LocalDate;

/** The optional accreditation block of module.yaml (validated in depth by the certificate feature). */
public record Accreditation(String register, String status, String activityId, Integer points,
                            LocalDate validFrom, LocalDate validUntil) {

    public static final String ACCREDITED = "geaccrediteerd";
    public static final String NOT_ACCREDITED = "niet geaccrediteerd";

    public boolean accredited() {
        return ACCREDITED.equals(status);
    }
}
