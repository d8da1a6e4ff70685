package nl.leerwerkplaats.vignette.control;

import java.util.Arrays;
import java.util.Collection;

/**
 * How a group's answers to one case at one moment spread over the scale, and over the first-step options.
 * Counts only: who chose what is not in it.
 */
public record Distribution(int[] counts, int[] firstSteps) {

    public Distribution {
        counts = counts.clone();
        firstSteps = firstSteps.clone();
    }

    /**
     * @param points  the scale's number of points
     * @param options the case's number of first-step options, 0 when it asks none
     */
    public static Distribution of(Collection<Judgement> judgements, int points, int options) {
        int[] counts = new int[points];
        int[] steps = new int[options];
        for (Judgement j : judgements) {
            // An answer outside the scale (content changed its scale since) says nothing about this one.
            if (j.point() >= 1 && j.point() <= points) {
                counts[j.point() - 1]++;
                if (j.firstStep() != null && j.firstStep() >= 1 && j.firstStep() <= options) {
                    steps[j.firstStep() - 1]++;
                }
            }
        }
        return new Distribution(counts, steps);
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** How many chose the point, 1 for the scale's first. */
    public int count(int point) {
        return counts[point - 1];
    }

    /** The share of answers on the point, in whole percent (0 when there are none). */
    public int percent(int point) {
        int total = total();
        return total == 0 ? 0 : (int) Math.round(100.0 * count(point) / total);
    }

    public int firstStepCount(int option) {
        return firstSteps[option - 1];
    }

    public int firstStepTotal() {
        return Arrays.stream(firstSteps).sum();
    }

    /** The mean scale point, NaN without answers. */
    public double mean() {
        int total = total();
        if (total == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (i + 1) * (double) counts[i];
        }
        return sum / total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Distribution d && Arrays.equals(counts, d.counts) && Arrays.equals(firstSteps, d.firstSteps);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(firstSteps);
    }

    @Override
    public String toString() {
        return "Distribution" + Arrays.toString(counts) + Arrays.toString(firstSteps);
    }
}
