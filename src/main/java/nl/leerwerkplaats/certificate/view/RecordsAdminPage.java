package nl.leerwerkplaats.certificate.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.audit.entity.AuditEntry;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.LocaleSelection;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * Backs /admin/records: the records of a period (this year so far by default), filtered by name, title or code,
 * their CSV export for the register, and revocation with a reason.
 */
@Named
@ViewScoped
public class RecordsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Records records;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    @Inject
    transient PlatformSettings settings;

    @Inject
    LocaleSelection localeSelection;

    @NotNull(message = "{field.required}")
    private LocalDate from;

    @NotNull(message = "{field.required}")
    private LocalDate until;

    @Size(max = 200)
    private String search;

    private String selectedCode;

    @NotBlank(message = "{field.required}")
    @Size(min = 10, max = 1000, message = "{records.reason.size}")
    private String reason;

    private List<CompletionRecord> shown;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        from = today.withDayOfYear(1);
        until = today;
        filter();
    }

    public void filter() {
        if (until.isBefore(from)) {
            messages.show(new BusinessException("records.periodReversed", "until"), "filter");
            return;
        }
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        shown = records.inPeriod(from, until).stream().filter(r -> needle.isEmpty()
                || r.getLearnerName().toLowerCase(Locale.ROOT).contains(needle)
                || r.getModuleTitle().toLowerCase(Locale.ROOT).contains(needle)
                || r.getCode().contains(needle.replace("-", ""))).toList();
    }

    public void select(String code) {
        selectedCode = code;
        reason = null;
    }

    public void revoke() {
        try {
            records.revoke(currentAccount.get(), selectedCode, reason);
            messages.info("records.revokedDone", selectedCode);
            selectedCode = null;
            reason = null;
            filter();
        } catch (BusinessException refusal) {
            messages.show(refusal, "revoke");
        }
    }

    public List<AuditEntry> history(CompletionRecord record) {
        return records.history(record);
    }

    public String getExportUrl() {
        return "/api/v1/records.csv?from=" + from + "&until=" + until + (localeSelection.isDutch() ? "" : "&lang=en");
    }

    public CompletionRecord getSelected() {
        return shown == null || selectedCode == null ? null
                : shown.stream().filter(r -> r.getCode().equals(selectedCode)).findFirst().orElse(null);
    }

    public List<CompletionRecord> getShown() {
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
