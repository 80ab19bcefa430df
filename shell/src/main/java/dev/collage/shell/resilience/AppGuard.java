package dev.collage.shell.resilience;

import dev.collage.shell.config.CircuitConfig;
import dev.collage.shell.fetch.Outcome;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stands between a page and one app: a circuit breaker, so an app that keeps failing is
 * not called at all for a while (its slots show the fallback at once), and a bulkhead, so an
 * app that is slow cannot tie up more than its share of requests. Both are Resilience4j's,
 * driven by hand because the fetch they guard is asynchronous.
 */
public final class AppGuard {

    private static final Logger log = LoggerFactory.getLogger(AppGuard.class);

    private final CircuitBreaker circuit;
    private final Bulkhead bulkhead;

    /** The guard of one upstream, called {@code name} in the breaker's events. */
    public AppGuard(String name, CircuitConfig c, int maxInFlight, Clock clock) {
        this.circuit = CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(c.failureRate())
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(c.window())
                        .minimumNumberOfCalls(c.minCalls())
                        .waitDurationInOpenState(c.openFor())
                        .permittedNumberOfCallsInHalfOpenState(c.probes())
                        .clock(clock)
                        .build());
        circuit.getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "event=circuit app={} from={} to={}",
                        name,
                        label(event.getStateTransition().getFromState()),
                        label(event.getStateTransition().getToState())));
        this.bulkhead = Bulkhead.of(
                name,
                BulkheadConfig.custom()
                        .maxConcurrentCalls(maxInFlight)
                        .maxWaitDuration(Duration.ZERO)
                        .build());
    }

    /**
     * Why the app must not be called now, if it must not: its circuit is open, or it already has
     * as many requests in flight as it may. Otherwise the call is admitted, and
     * {@link #finished} must follow.
     */
    public Optional<Outcome> refusal() {
        if (!circuit.tryAcquirePermission()) {
            return Optional.of(Outcome.CIRCUIT_OPEN);
        }
        if (!bulkhead.tryAcquirePermission()) {
            circuit.releasePermission();
            return Optional.of(Outcome.REJECTED);
        }
        return Optional.empty();
    }

    /** An admitted call ended with {@code outcome} after {@code took}. */
    public void finished(Outcome outcome, Duration took) {
        bulkhead.onComplete();
        if (outcome.isAppFailure()) {
            circuit.onError(took.toNanos(), TimeUnit.NANOSECONDS, new AppFailure(outcome));
        } else {
            circuit.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Fragment requests under way right now. */
    public int inFlight() {
        return bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
                - bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /** {@code closed}, {@code open} or {@code half-open}. */
    public String circuitState() {
        return label(circuit.getState());
    }

    private static String label(CircuitBreaker.State state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The breaker wants a throwable for every failure; this one names the outcome. */
    private static final class AppFailure extends RuntimeException {
        AppFailure(Outcome outcome) {
            super(outcome.label(), null, false, false);
        }
    }
}
