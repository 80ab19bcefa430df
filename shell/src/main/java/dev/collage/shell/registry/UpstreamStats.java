package dev.collage.shell.registry;

import java.time.Duration;
import java.util.Arrays;

/**
 * The last few hundred fragment requests to one upstream: how long they took and whether they
 * failed. Enough for a person to see p50, p99 and the error rate of a release as it rolls out,
 * and for the shell to decide that a canary is failing.
 */
public final class UpstreamStats {

    private static final int SIZE = 256;

    private final long[] nanos = new long[SIZE];
    private final boolean[] failed = new boolean[SIZE];
    private long count;

    synchronized void record(Duration took, boolean failure) {
        int slot = (int) (count % SIZE);
        nanos[slot] = took.toNanos();
        failed[slot] = failure;
        count++;
    }

    /** How many requests were recorded since the upstream was added. */
    public synchronized long count() {
        return count;
    }

    /** Percent of the last {@code window} requests that failed; 0 when there were none. */
    public synchronized double errorRate(int window) {
        int n = (int) Math.min(Math.min(count, window), SIZE);
        if (n == 0) {
            return 0;
        }
        int failures = 0;
        for (int i = 1; i <= n; i++) {
            if (failed[(int) ((count - i) % SIZE)]) {
                failures++;
            }
        }
        return 100.0 * failures / n;
    }

    /** The {@code quantile} (0.5 for the median) of the recorded request times, or zero. */
    public synchronized Duration percentile(double quantile) {
        int n = (int) Math.min(count, SIZE);
        if (n == 0) {
            return Duration.ZERO;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(quantile * n) - 1;
        return Duration.ofNanos(sorted[Math.max(0, Math.min(n - 1, index))]);
    }

    /** Requests in the last {@code window} recorded. */
    public synchronized int recent(int window) {
        return (int) Math.min(Math.min(count, window), SIZE);
    }
}
