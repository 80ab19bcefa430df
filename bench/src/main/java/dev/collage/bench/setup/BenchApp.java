package dev.collage.bench.setup;

import java.time.Duration;

/**
 * A fragment app of the suite and how the shell is told to treat it.
 *
 * @param delay zero, or how long its content takes
 * @param hangs its content never answers
 * @param timeout the shell's deadline for its fragment
 * @param trips a circuit that opens after a few failures, to see the page with it open
 */
public record BenchApp(String name, int port, Duration delay, boolean hangs, Duration timeout, boolean trips) {

    /** How {@code fragments} is told to serve it: {@code name:port[:300ms|:hang]}. */
    public String serverSpec() {
        if (hangs) {
            return name + ":" + port + ":hang";
        }
        return delay.isZero() ? name + ":" + port : name + ":" + port + ":" + delay.toMillis() + "ms";
    }
}
