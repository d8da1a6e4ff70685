package nl.leerwerkplaats.cohort.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortKind;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.cohort.entity.MemberRole;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;

/** Backs classes/index.xhtml: the classes I teach (and a new one), the classes I am in (and join one). */
@Named
@RequestScoped
public class MyClassesPage {

    @NotBlank(message = "{field.required}")
    @Size(max = Cohort.NAME_MAX)
    private String name;

    @Pattern(regexp = Cohort.ACADEMIC_YEAR, message = "{cohort.academicYear.format}")
    private String academicYear;

    @NotNull
    private CohortKind kind = CohortKind.CLASS;

    @NotBlank(message = "{field.required}")
    @Size(max = 20)
    private String code;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Messages messages;

    @Inject
    PlatformSettings settings;

    private List<Cohort> taught;

    public boolean isLecturer() {
        return currentAccount.get().hasRole(Role.LECTURER) || currentAccount.get().hasRole(Role.ADMIN);
    }

    public List<Cohort> getTaught() {
        if (taught == null) {
            taught = cohorts.taughtBy(currentAccount.get());
        }
        return taught;
    }

    public List<CohortMember> getJoined() {
        return cohorts.membershipsOf(currentAccount.get(), Set.of(MemberRole.LEARNER));
    }

    public String create() {
        Cohort created = cohorts.create(currentAccount.get(), name, academicYear, kind);
        messages.info("cohort.created", created.getName(), created.getJoinCode());
        return "/classes/class?faces-redirect=true&id=" + created.getId();
    }

    public String join() {
        try {
            Cohort joined = cohorts.join(currentAccount.get(), code);
            messages.info("join.joined", joined.getName());
            return "/classes/index?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.show(refusal, "join");
            return null;
        }
    }

    public CohortKind[] getKinds() {
        return new CohortKind[] {CohortKind.CLASS, CohortKind.TEAM};
    }

    /** The academic year that starts on 1 August: from August 2026 to July 2027 it is 2026-2027. */
    public String getAcademicYear() {
        if (academicYear == null) {
            LocalDate today = LocalDate.now(ZoneId.of(settings.timeZone().getId()));
            int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            academicYear = start + "-" + (start + 1);
        }
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CohortKind getKind() {
        return kind;
    }

    public void setKind(CohortKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
