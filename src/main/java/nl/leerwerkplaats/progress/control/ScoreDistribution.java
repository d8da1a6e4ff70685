package nl.leerwerkplaats.progress.control;

import java.util.Collection;

/**
 * Groups quiz scores into ten buckets of ten percentage points for the score histogram; the last bucket
 * includes 100 so a perfect score has a bar.
 */
public final class ScoreDistribution {

    /** The number of buckets: 0–9, 10–19, ..., 80–89, 90–100. */
    public static final int BUCKETS = 10;

    private ScoreDistribution() {
    }

    /** How many scores fall in each bucket; scores outside 0..100 are clamped and nulls ignored. */
    public static int[] buckets(Collection<Integer> percents) {
        int[] counts = new int[BUCKETS];
        for (Integer percent : percents) {
            if (percent != null) {
                int clamped = Math.max(0, Math.min(100, percent));
                counts[Math.min(clamped / 10, BUCKETS - 1)]++;
            }
        }
        return counts;
    }

    /** The label of a bucket, with an en dash: "0–9", ..., "90–100". */
    public static String label(int bucket) {
        if (bucket < 0 || bucket >= BUCKETS) {
            throw new IllegalArgumentException("bucket " + bucket + " is not in 0.." + (BUCKETS - 1));
        }
        int low = bucket * 10;
        int high = bucket == BUCKETS - 1 ? 100 : low + 9;
        return low + "\u2013" + high;
    }
}
