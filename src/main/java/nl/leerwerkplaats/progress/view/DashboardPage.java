package nl.leerwerkplaats.progress.view;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.catalog.entity.CourseModule;
import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.boundary.Reading;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.progress.boundary.Assignments;
import nl.leerwerkplaats.progress.boundary.CalendarFeeds;
import nl.leerwerkplaats.progress.boundary.LearnerProgress;
import nl.leerwerkplaats.progress.boundary.ProgressSummaries;
import nl.leerwerkplaats.progress.control.CellStatus;
import nl.leerwerkplaats.progress.control.Requirement;
import nl.leerwerkplaats.progress.entity.ProgressSummary;
import nl.leerwerkplaats.reflection.entity.ReflectionStatus;

/** Backs learning/dashboard.xhtml, "Mijn leren": every module the learner started or was assigned. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Assignments assignments;

    @Inject
    ProgressSummaries summaries;

    @Inject
    LearnerProgress learnerProgress;

    @Inject
    Reading reading;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Links links;

    @Inject
    Clock clock;

    private List<ModuleLine> lines;
    private String calendarUrl;

    /** One module on the dashboard. */
    public record ModuleLine(ModuleVersion version, CellStatus status, int percent, Integer finalScore,
                             Instant dueAt, boolean extended, String cohortName, Instant completedAt,
                             List<Requirement> reflections, Map<String, ReflectionStatus> reflectionStatuses,
                             Requirement next) {
        public boolean isLate() {
            return CellStatus.late(completedAt, dueAt);
        }
    }

    public List<ModuleLine> getLines() {
        if (lines == null) {
            lines = build();
        }
        return lines;
    }

    private List<ModuleLine> build() {
        Account learner = currentAccount.get();
        Instant now = clock.instant();
        Map<Long, Assignments.Deadline> due = new LinkedHashMap<>();
        for (Assignments.Deadline deadline : assignments.deadlinesOf(learner)) {
            if (deadline.assignment().isOpenAt(now)) {
                due.merge(deadline.assignment().getCourseModule().getId(), deadline,
                        (a, b) -> b.dueAt() != null && (a.dueAt() == null || b.dueAt().isBefore(a.dueAt())) ? b : a);
            }
        }
        Map<Long, ProgressSummary> own = new LinkedHashMap<>();
        summaries.of(learner).forEach(s -> own.put(s.getCourseModule().getId(), s));
        Map<Long, CourseModule> modules = new LinkedHashMap<>();
        due.values().forEach(d -> modules.put(d.assignment().getCourseModule().getId(), d.assignment().getCourseModule()));
        own.values().forEach(s -> modules.putIfAbsent(s.getCourseModule().getId(), s.getCourseModule()));
        List<ModuleLine> result = new ArrayList<>();
        for (CourseModule module : modules.values()) {
            ProgressSummary summary = own.get(module.getId());
            Assignments.Deadline deadline = due.get(module.getId());
            ModuleVersion version = summary != null ? summary.getModuleVersion() : reading.versionFor(learner, module);
            var standing = learnerProgress.of(learner, version);
            boolean started = summary != null && (summary.getStartedAt() != null || summary.getItemsDone() > 0);
            Instant completed = summary == null ? null : summary.getCompletedAt();
            Instant dueAt = deadline == null ? null : deadline.dueAt();
            result.add(new ModuleLine(version, CellStatus.of(started, completed, dueAt, now),
                    completed != null ? 100 : standing.progress().percent(), standing.finalScore(), dueAt,
                    deadline != null && deadline.extended(), deadline == null ? null
                    : deadline.assignment().getCohort().getName(), completed,
                    standing.progress().of(Requirement.Kind.REFLECTION), standing.reflections(),
                    completed != null ? null : standing.progress().next().orElse(null)));
        }
        // Open work first, nearest deadline first; completed modules last.
        result.sort(Comparator.comparing((ModuleLine l) -> l.completedAt() != null)
                .thenComparing(l -> l.dueAt() == null ? Instant.MAX : l.dueAt()));
        return result;
    }

    public String getCalendarUrl() {
        if (calendarUrl == null) {
            calendarUrl = links.to("/api/v1/calendar/" + feeds.of(currentAccount.get()).getToken() + ".ics");
        }
        return calendarUrl;
    }

    public void renewCalendar() {
        feeds.renew(currentAccount.get());
        calendarUrl = null;
    }
}
