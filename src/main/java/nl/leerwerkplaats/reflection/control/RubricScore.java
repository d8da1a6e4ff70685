package nl.leerwerkplaats.reflection.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.leerwerkplaats.catalog.control.ParsedReflection.Criterion;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Level;
import nl.leerwerkplaats.catalog.control.ParsedReflection.Rubric;

/**
 * Scores a reviewer's rubric choices, one level per criterion, and stores them as a short text such as
 * {@code onderbouwing=2;reflectie=1} (level indexes from 0, the lowest level).
 */
public final class RubricScore {

    // Exactly what encode writes, so a decoded and re-encoded value is the stored value itself.
    private static final Pattern ENTRY = Pattern.compile("([^=;\\s]+)=(0|[1-9][0-9]{0,8})");

    /**
     * @param points    the chosen levels' points together
     * @param maxPoints each criterion's highest level's points together
     * @param missing   the keys of criteria without a chosen level, in rubric order
     */
    public record Result(int points, int maxPoints, List<String> missing) {
        public Result {
            missing = List.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private RubricScore() {
    }

    /**
     * Scores the chosen levels (criterion key to level index; a null level is no choice); a key the rubric lacks or
     * an index outside the criterion's levels is a programming error and throws {@link IllegalArgumentException}.
     */
    public static Result score(Rubric rubric, Map<String, Integer> chosen) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(chosen, "chosen");
        for (String key : new TreeMap<>(chosen).keySet()) {
            if (rubric.criteria().stream().noneMatch(criterion -> criterion.key().equals(key))) {
                throw new IllegalArgumentException("the rubric has no criterion " + key);
            }
        }
        int points = 0;
        int maxPoints = 0;
        List<String> missing = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            maxPoints += criterion.levels().stream().mapToInt(Level::points).max().orElse(0);
            Integer level = chosen.get(criterion.key());
            if (level == null) {
                missing.add(criterion.key());
            } else if (level < 0 || level >= criterion.levels().size()) {
                throw new IllegalArgumentException("criterion " + criterion.key() + " has no level " + level
                        + "; its levels are 0 to " + (criterion.levels().size() - 1));
            } else {
                points += criterion.levels().get(level).points();
            }
        }
        return new Result(points, maxPoints, missing);
    }

    /** The choices as {@code key=level} pairs sorted by key and joined by {@code ;}; no choices give "". */
    public static String encode(Map<String, Integer> chosen) {
        StringJoiner encoded = new StringJoiner(";");
        new TreeMap<>(chosen).forEach((key, level) -> {
            String entry = key + "=" + level;
            if (level == null || !ENTRY.matcher(entry).matches()) {
                throw new IllegalArgumentException("cannot encode level " + level + " for criterion '" + key + "'");
            }
            encoded.add(entry);
        });
        return encoded.toString();
    }

    /** The choices {@link #encode} wrote, sorted by key; anything else throws {@link IllegalArgumentException}. */
    public static Map<String, Integer> decode(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        Map<String, Integer> chosen = new TreeMap<>();
        if (encoded.isEmpty()) {
            return Collections.unmodifiableMap(chosen);
        }
        String previous = null;
        for (String entry : encoded.split(";", -1)) {
            var matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a rubric choice 'key=level': '" + entry + "' in " + encoded);
            }
            String key = matcher.group(1);
            if (previous != null && previous.compareTo(key) >= 0) {
                throw new IllegalArgumentException("rubric choices not sorted by key, or " + key + " twice: "
                        + encoded);
            }
            chosen.put(key, Integer.valueOf(matcher.group(2)));
            previous = key;
        }
        return Collections.unmodifiableMap(chosen);
    }
}
