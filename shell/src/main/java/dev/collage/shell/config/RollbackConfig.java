package dev.collage.shell.config;

/**
 * When a canary is taken out of a release by itself: once it has answered at least
 * {@code minCalls} of its last {@code window} fragment requests, a failure rate (errors and
 * timeouts) of {@code errorRate} percent or more sets its weight to 0 at once.
 */
public record RollbackConfig(int errorRate, int window, int minCalls) {

    public static RollbackConfig defaults() {
        return new RollbackConfig(25, 20, 5);
    }
}
