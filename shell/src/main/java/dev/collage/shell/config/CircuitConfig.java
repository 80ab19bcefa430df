package dev.collage.shell.config;

import java.time.Duration;

/**
 * An app's circuit breaker: over the last {@code window} fragment requests (once there are at
 * least {@code minCalls}), a failure rate of {@code failureRate} percent or more opens it; the
 * shell then shows the app's fallback at once, without calling it, for {@code openFor}, and
 * lets {@code probes} requests through to see whether it is back.
 */
public record CircuitConfig(int failureRate, int window, int minCalls, Duration openFor, int probes) {

    public static CircuitConfig defaults() {
        return new CircuitConfig(50, 20, 10, Duration.ofSeconds(10), 3);
    }
}
