package dev.collage.shell.registry;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every app's manifest current without ever blocking a page: it reads each manifest at
 * start, retries the apps that are not up yet with a growing delay (the shell may start before
 * its apps), re-reads known manifests now and then, and at once when a fragment answers with a
 * {@code podlet-version} the shell does not know (a new release).
 */
public final class ManifestRefresher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManifestRefresher.class);

    /**
     * @param firstRetry the delay before the first retry of an app that did not answer
     * @param maxRetry the longest delay between retries
     * @param recheck how often a known manifest is read again
     */
    public record Schedule(Duration firstRetry, Duration maxRetry, Duration recheck) {
        public static Schedule defaults() {
            return new Schedule(Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofSeconds(30));
        }
    }

    private final AppRegistry registry;
    private final ManifestReader reader;
    private final Schedule schedule;
    private final ScheduledExecutorService timer;
    private final Map<String, AtomicBoolean> reading = new ConcurrentHashMap<>();
    private final Map<String, Duration> retryDelay = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> next = new ConcurrentHashMap<>();

    public ManifestRefresher(AppRegistry registry, Clock clock, Schedule schedule) {
        this.registry = registry;
        this.reader = new ManifestReader(clock);
        this.schedule = schedule;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "manifest-refresher");
            thread.setDaemon(true);
            return thread;
        });
        registry.all().forEach(app -> reading.put(app.name(), new AtomicBoolean()));
    }

    /** Starts reading every manifest; returns at once. */
    public void start() {
        registry.all().forEach(app -> refresh(app.name()));
    }

    /** Reads {@code appName}'s manifest now, unless a read is already under way. */
    public void refresh(String appName) {
        var app = registry.get(appName);
        if (!reading.get(appName).compareAndSet(false, true)) {
            return;
        }
        var scheduled = next.remove(appName);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        reader.read(app).whenComplete((state, failure) -> {
            try {
                apply(app, state);
            } finally {
                reading.get(appName).set(false);
                scheduleNext(app);
            }
        });
    }

    /** Called when a fragment answered with {@code version}: a different one means a new release. */
    public void versionSeen(String appName, String version) {
        var loaded = registry.get(appName).loaded();
        if (version != null
                && !version.isEmpty()
                && loaded.isPresent()
                && !loaded.get().version().equals(version)) {
            log.info(
                    "event=version_changed app={} known={} seen={}",
                    appName,
                    loaded.get().version(),
                    version);
            refresh(appName);
        }
    }

    private void apply(RegisteredApp app, AppState state) {
        var before = app.state();
        if (state instanceof AppState.Ready ready) {
            app.ready(ready.loaded());
            retryDelay.remove(app.name());
            var manifest = ready.loaded().manifest();
            boolean changed = !(before instanceof AppState.Ready old)
                    || !old.loaded().version().equals(manifest.version());
            if (changed) {
                log.info(
                        "event=app_ready app={} version={} manifest={} fallback={}",
                        app.name(),
                        manifest.version(),
                        ready.loaded().manifestUri(),
                        ready.loaded().fallbackHtml().isPresent());
            }
            return;
        }
        String previousProblem = before instanceof AppState.Ready ? app.refreshProblem() : reasonOf(before);
        app.failed(state);
        String reason = reasonOf(state);
        if (!reason.equals(previousProblem)) {
            if (state instanceof AppState.Unavailable) {
                log.error("event=app_unavailable app={} reason=\"{}\"", app.name(), reason);
            } else {
                log.warn("event=app_unreachable app={} reason=\"{}\"", app.name(), reason);
            }
        }
    }

    private void scheduleNext(RegisteredApp app) {
        if (timer.isShutdown()) {
            return;
        }
        Duration delay;
        if (app.state() instanceof AppState.Ready && app.refreshProblem().isEmpty()) {
            delay = schedule.recheck();
        } else {
            delay = retryDelay.merge(app.name(), schedule.firstRetry(), (old, first) -> {
                Duration doubled = old.multipliedBy(2);
                return doubled.compareTo(schedule.maxRetry()) > 0 ? schedule.maxRetry() : doubled;
            });
        }
        try {
            next.put(app.name(), timer.schedule(() -> refresh(app.name()), delay.toMillis(), TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // closing: nothing more to read
        }
    }

    private static String reasonOf(AppState state) {
        if (state instanceof AppState.Pending pending) {
            return pending.reason();
        }
        if (state instanceof AppState.Unavailable unavailable) {
            return unavailable.reason();
        }
        return "";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
