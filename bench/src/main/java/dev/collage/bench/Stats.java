package dev.collage.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a handful of timings. */
public final class Stats {

    private Stats() {}

    public static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile; NaN for no values. */
    public static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
