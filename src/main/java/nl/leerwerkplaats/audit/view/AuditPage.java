package nl.leerwerkplaats.audit.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.audit.boundary.AuditLog;
import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Backs /admin/audit: the changes admins and lecturers made (who, what, when), the last 30 days by default,
 * filtered by a word in actor, action, subject or detail; at most {@value #MAX_SHOWN} newest.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_SHOWN = 500;

    @Inject
    transient AuditLog auditLog;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    @Inject
    transient PlatformSettings settings;

    @NotNull(message = "{field.required}")
    private LocalDate from;

    @NotNull(message = "{field.required}")
    private LocalDate until;

    @Size(max = 200)
    private String search;

    private List<AuditEntry> shown = List.of();

    @PostConstruct
    void init() {
        until = LocalDate.now(clock.withZone(settings.timeZone()));
        from = until.minusDays(30);
        filter();
    }

    public void filter() {
        if (until.isBefore(from)) {
            messages.show(new BusinessException("audit.periodReversed", "until"), "filter");
            return;
        }
        ZoneId zone = settings.timeZone();
        shown = auditLog.search(search, from.atStartOfDay(zone).toInstant(),
                until.plusDays(1).atStartOfDay(zone).toInstant(), MAX_SHOWN);
    }

    public boolean isCapped() {
        return shown.size() >= MAX_SHOWN;
    }

    public int getMaxShown() {
        return MAX_SHOWN;
    }

    public List<AuditEntry> getShown() {
        return shown;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
