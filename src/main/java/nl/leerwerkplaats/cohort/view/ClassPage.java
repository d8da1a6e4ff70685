package nl.leerwerkplaats.cohort.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.cohort.boundary.Cohorts;
import nl.leerwerkplaats.cohort.boundary.RosterImport;
import nl.leerwerkplaats.cohort.entity.Cohort;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.Messages;

/** Backs classes/class.xhtml?id=...: one class, its join link, members, CSV import, archive and roll-over. */
@Named
@ViewScoped
public class ClassPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_CSV_BYTES = 2L * 1024 * 1024;

    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = 254)
    private String staffLogin;

    private transient Part csv;

    @NotBlank(message = "{field.required}")
    @Size(max = Cohort.NAME_MAX)
    private String nextName;

    @Pattern(regexp = Cohort.ACADEMIC_YEAR, message = "{cohort.academicYear.format}")
    private String nextYear;

    private boolean keepLearners;

    // Per-request lookups (see forgetUnlessThisRequest); never kept across requests or passivation.
    private transient FacesContext lookedUpFor;
    private transient Cohort cohort;
    private transient Boolean manager;
    private transient List<CohortMember> members;

    // Shown once after the action; not worth keeping across a session passivation.
    private transient RosterImport.Outcome outcome;
    private transient List<RosterImport.Invitation> invitations;

    @Inject
    Cohorts cohorts;

    @Inject
    RosterImport rosterImport;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Links links;

    @Inject
    Messages messages;

    /** Checks access when the page opens; AccessDeniedHandler turns a refusal into 404. */
    public void load() {
        getCohort();
    }

    /**
     * The class, whether the user manages it and its members, looked up once per request: the page asks for them
     * in many expressions (the manager check once per member row), and a later request must see fresh data.
     */
    private void forgetUnlessThisRequest() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (now != lookedUpFor) {
            lookedUpFor = now;
            cohort = null;
            manager = null;
            members = null;
        }
    }

    public Cohort getCohort() {
        forgetUnlessThisRequest();
        if (cohort == null) {
            cohort = cohorts.visibleTo(id, currentAccount.get());
        }
        return cohort;
    }

    public boolean isManager() {
        forgetUnlessThisRequest();
        if (manager == null) {
            manager = cohorts.canManage(getCohort(), currentAccount.get());
        }
        return manager;
    }

    public List<CohortMember> getMembers() {
        forgetUnlessThisRequest();
        if (members == null) {
            members = cohorts.members(getCohort());
        }
        return members;
    }

    public String getJoinLink() {
        return getCohort().getJoinCode() == null ? null : links.to("/join?code=" + getCohort().getJoinCode());
    }

    public long getOpenInvitationCount() {
        return getMembers().stream().filter(m -> !m.getAccount().hasPassword()).count();
    }

    public void newJoinCode() {
        cohorts.newJoinCode(id, currentAccount.get());
        lookedUpFor = null;
        messages.info("cohort.newCode");
    }

    public void addStaff() {
        try {
            CohortMember added = cohorts.addStaff(id, currentAccount.get(), staffLogin);
            lookedUpFor = null;
            messages.info("cohort.staffAdded", added.getAccount().getDisplayName());
            staffLogin = null;
        } catch (BusinessException refusal) {
            messages.show(refusal, "staff-form");
        }
    }

    public void remove(Long memberId) {
        try {
            cohorts.removeMember(id, currentAccount.get(), memberId);
            lookedUpFor = null;
            messages.info("cohort.memberRemoved");
        } catch (BusinessException refusal) {
            messages.show(refusal, "members");
        }
    }

    public void importCsv() throws IOException {
        if (csv == null || csv.getSize() == 0 || csv.getSize() > MAX_CSV_BYTES) {
            messages.show(new BusinessException("import.fileRequired", "csv"), "import-form");
            return;
        }
        try (InputStream in = csv.getInputStream()) {
            outcome = rosterImport.importCsv(id, currentAccount.get(), in.readAllBytes(), links.base());
        }
        lookedUpFor = null;
        invitations = null;
        if (outcome.imported()) {
            messages.info("import.done", outcome.rows().size());
        } else {
            messages.show(new BusinessException("import.failed", null, outcome.errors().size()), "import-form");
        }
    }

    public void showInvitations() {
        invitations = rosterImport.openInvitations(id, currentAccount.get(), links.base());
        outcome = null;
    }

    public String archive() {
        cohorts.archive(id, currentAccount.get());
        messages.info("cohort.archived");
        return "/classes/index?faces-redirect=true";
    }

    public String rollOver() {
        Cohort next = cohorts.rollOver(id, currentAccount.get(), nextName, nextYear, keepLearners);
        messages.info("cohort.rolledOver", next.getName());
        return "/classes/class?faces-redirect=true&id=" + next.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStaffLogin() {
        return staffLogin;
    }

    public void setStaffLogin(String staffLogin) {
        this.staffLogin = staffLogin;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public String getNextName() {
        return nextName;
    }

    public void setNextName(String nextName) {
        this.nextName = nextName;
    }

    public String getNextYear() {
        return nextYear;
    }

    public void setNextYear(String nextYear) {
        this.nextYear = nextYear;
    }

    public boolean isKeepLearners() {
        return keepLearners;
    }

    public void setKeepLearners(boolean keepLearners) {
        this.keepLearners = keepLearners;
    }

    public RosterImport.Outcome getOutcome() {
        return outcome;
    }

    public List<RosterImport.Invitation> getInvitations() {
        return invitations;
    }
}
