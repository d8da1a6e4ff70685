package nl.leerwerkplaats.progress.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Score histogram buckets of ten points, the last one including 100. */
class ScoreDistributionTest {

    @Test
    @DisplayName("bucket boundaries: 9 and 10 differ, 89 and 90 differ, 100 goes in the last bucket")
    void boundaries() {
        assertArrayEquals(new int[] { 2, 1, 0, 0, 0, 0, 0, 0, 1, 3 },
                ScoreDistribution.buckets(List.of(0, 9, 10, 89, 90, 99, 100)));
    }

    @Test
    @DisplayName("every bucket gets its own scores")
    void eachBucket() {
        assertArrayEquals(new int[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 },
                ScoreDistribution.buckets(List.of(5, 15, 25, 35, 45, 55, 65, 75, 85, 95)));
    }

    @Test
    @DisplayName("out-of-range values are clamped and nulls ignored")
    void clampAndNulls() {
        assertArrayEquals(new int[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 2 },
                ScoreDistribution.buckets(Arrays.asList(-5, null, 0, 150, 100, null)));
    }

    @Test
    @DisplayName("no scores gives ten empty buckets")
    void empty() {
        assertArrayEquals(new int[10], ScoreDistribution.buckets(List.of()));
    }

    @Test
    @DisplayName("labels use an en dash and the last one ends at 100")
    void labels() {
        assertEquals("0\u20139", ScoreDistribution.label(0));
        assertEquals("10\u201319", ScoreDistribution.label(1));
        assertEquals("80\u201389", ScoreDistribution.label(8));
        assertEquals("90\u2013100", ScoreDistribution.label(9));
    }

    @Test
    @DisplayName("a bucket outside 0..9 has no label")
    void invalidLabel() {
        assertThrows(IllegalArgumentException.class, () -> ScoreDistribution.label(-1));
        assertThrows(IllegalArgumentException.class, () -> ScoreDistribution.label(10));
    }
}
