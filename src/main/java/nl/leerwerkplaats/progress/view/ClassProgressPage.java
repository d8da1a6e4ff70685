package nl.leerwerkplaats.progress.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.platform.PlatformSettings;
import nl.leerwerkplaats.progress.boundary.ClassProgress;
import nl.leerwerkplaats.progress.boundary.Nudges;
import nl.leerwerkplaats.progress.control.CellStatus;
import nl.leerwerkplaats.progress.control.CompletionTimeline;
import nl.leerwerkplaats.progress.control.DueDates;
import nl.leerwerkplaats.progress.control.ScoreDistribution;

/**
 * Backs progress/class.xhtml?id=..: the class matrix (sort by name, progress or last activity; filter on
 * "behind schedule"), charts of completion over time and final-test scores, and nudges to chosen learners.
 */
@Named
@ViewScoped
public class ClassProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClassProgress classProgress;

    @Inject
    transient CurrentAccount currentAccount;

    @Inject
    transient Nudges nudges;

    @Inject
    transient Messages messages;

    @Inject
    transient PlatformSettings settings;

    @Inject
    transient Clock clock;

    private Long id;
    private String sort = "name";
    private boolean behind;

    @NotBlank(message = "{field.required}")
    @Size(max = Nudges.MESSAGE_MAX)
    private String nudgeText;

    private transient ClassProgress.Matrix matrix;
    private transient List<ClassProgress.Row> rows;
    private transient Map<CellStatus, String> statusLabels;
    private transient String extendedLabel;

    public void load() {
        matrix = classProgress.of(currentAccount.get(), id);
        rows = null;
    }

    private ClassProgress.Matrix matrix() {
        if (matrix == null) {
            load();
        }
        return matrix;
    }

    public ClassProgress.Matrix getMatrix() {
        return matrix();
    }

    /** The rows as filtered and sorted. */
    public List<ClassProgress.Row> getRows() {
        if (rows == null) {
            rows = sortedRows();
        }
        return rows;
    }

    private List<ClassProgress.Row> sortedRows() {
        Comparator<ClassProgress.Row> order = switch (sort) {
            case "progress" -> Comparator.comparingDouble(ClassProgressPage::averagePercent);
            case "activity" -> Comparator.comparing(ClassProgress.Row::lastActivity,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(ClassProgress.Row::name, String.CASE_INSENSITIVE_ORDER);
        };
        return matrix().rows().stream().filter(r -> !behind || r.isBehind()).sorted(order).toList();
    }

    /**
     * A cell's text, "Bezig · 40% · uitstel (72)": built here rather than from components per cell, as a matrix
     * of 300 learners × 10 modules has 3,000 of them.
     */
    public String cellText(ClassProgress.Cell cell) {
        if (statusLabels == null) {
            statusLabels = new EnumMap<>(CellStatus.class);
            for (CellStatus status : CellStatus.values()) {
                statusLabels.put(status, messages.get(status.messageKey()));
            }
            extendedLabel = messages.get("progress.extended").toLowerCase(Locale.ROOT);
        }
        StringBuilder text = new StringBuilder(statusLabels.get(cell.status())).append(" · ").append(cell.percent())
                .append('%');
        if (cell.extended()) {
            text.append(" · ").append(extendedLabel);
        }
        if (cell.finalScore() != null) {
            text.append(" (").append(cell.finalScore()).append(')');
        }
        return text.toString();
    }

    static double averagePercent(ClassProgress.Row row) {
        return row.cells().stream().mapToInt(ClassProgress.Cell::percent).average().orElse(0);
    }

    /** Chart.js configuration: per assigned module, the class's completions accumulated per day. */
    public String getCompletionChart() {
        LocalDate today = DueDates.localDate(clock.instant(), settings.timeZone());
        JsonArrayBuilder datasets = Jsonp.array();
        JsonArrayBuilder labels = Jsonp.array();
        LocalDate from = matrix().assignments().stream().map(a -> DueDates.localDate(a.getOpenAt(),
                settings.timeZone())).min(Comparator.naturalOrder()).orElse(today);
        if (from.isBefore(today.minusDays(120))) {
            from = today.minusDays(120);
        }
        boolean labelled = false;
        for (int column = 0; column < matrix().assignments().size(); column++) {
            int c = column;
            SortedMap<LocalDate, Integer> line = CompletionTimeline.cumulative(matrix().rows().stream()
                    .map(r -> r.cells().get(c).completedAt()).filter(java.util.Objects::nonNull).toList(),
                    settings.timeZone(), from, today);
            if (!labelled) {
                line.keySet().forEach(d -> labels.add(d.toString()));
                labelled = true;
            }
            JsonArrayBuilder data = Jsonp.array();
            line.values().forEach(data::add);
            datasets.add(Jsonp.object().add("label", matrix().assignments().get(column).getCourseModule()
                    .getCurrentVersion().getTitle()).add("data", data).add("fill", false));
        }
        // Module titles come from the content: written into the page's script, they must not be able to end it.
        return Jsonp.forScript(Jsonp.object().add("type", "line").add("data", Jsonp.object()
                .add("labels", labels).add("datasets", datasets)).add("options", Jsonp.object()
                .add("animation", false)).build());
    }

    /** Per score bucket, how many learners' best final-test score falls in it (all assigned modules together). */
    public int[] getScoreBuckets() {
        return ScoreDistribution.buckets(matrix().rows().stream().flatMap(r -> r.cells().stream())
                .map(ClassProgress.Cell::finalScore).filter(java.util.Objects::nonNull).toList());
    }

    public String bucketLabel(int bucket) {
        return ScoreDistribution.label(bucket);
    }

    public List<Integer> getBucketIndexes() {
        return java.util.stream.IntStream.range(0, ScoreDistribution.BUCKETS).boxed().toList();
    }

    public String getScoreChart() {
        JsonArrayBuilder labels = Jsonp.array();
        JsonArrayBuilder data = Jsonp.array();
        int[] buckets = getScoreBuckets();
        for (int i = 0; i < buckets.length; i++) {
            labels.add(ScoreDistribution.label(i));
            data.add(buckets[i]);
        }
        return Jsonp.forScript(Jsonp.object().add("type", "bar").add("data", Jsonp.object()
                .add("labels", labels).add("datasets", Jsonp.array().add(Jsonp.object()
                        .add("label", messages.get("progress.chart.scores")).add("data", data))))
                .add("options", Jsonp.object().add("animation", false)).build());
    }

    public boolean hasScores() {
        return Arrays.stream(getScoreBuckets()).sum() > 0;
    }

    /** Sends the nudge to the learners ticked in the matrix (checkboxes named "nudge"). */
    public void nudge() {
        Map<String, String[]> values = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        List<Long> chosen = Arrays.stream(values.getOrDefault("nudge", new String[0])).map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        try {
            int sent = nudges.nudge(currentAccount.get(), id, chosen, nudgeText);
            messages.info("nudge.sent", sent);
            nudgeText = null;
        } catch (BusinessException refusal) {
            messages.show(refusal, "nudge");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null || !List.of("name", "progress", "activity").contains(sort) ? "name" : sort;
    }

    public boolean isBehind() {
        return behind;
    }

    public void setBehind(boolean behind) {
        this.behind = behind;
    }

    public String getNudgeText() {
        return nudgeText;
    }

    public void setNudgeText(String nudgeText) {
        this.nudgeText = nudgeText;
    }
}
