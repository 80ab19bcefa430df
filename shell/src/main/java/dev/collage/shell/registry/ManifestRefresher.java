package dev.collage.shell.registry;

import dev.collage.shell.fetch.AppClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every upstream's manifest current without ever blocking a page: it reads each manifest
 * at start (and as soon as an upstream is added), retries the ones that are not up yet with a
 * growing delay (the shell may start before its apps), re-reads known manifests now and then,
 * and at once when a fragment answers with a {@code podlet-version} the shell does not know
 * (a release in place).
 */
public final class ManifestRefresher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManifestRefresher.class);

    /**
     * @param firstRetry the delay before the first retry of an upstream that did not answer
     * @param maxRetry the longest delay between retries
     * @param recheck how often a known manifest is read again
     */
    public record Schedule(Duration firstRetry, Duration maxRetry, Duration recheck) {
        public static Schedule defaults() {
            return new Schedule(Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofSeconds(30));
        }
    }

    /** What the refresher keeps per upstream between reads. */
    private static final class Watch {
        final AtomicBoolean reading = new AtomicBoolean();
        volatile Duration retryDelay;
        volatile ScheduledFuture<?> next;
    }

    private final AppRegistry registry;
    private final ManifestReader reader;
    private final Schedule schedule;
    private final ScheduledExecutorService timer;
    private final Map<Upstream, Watch> watches = new ConcurrentHashMap<>();

    public ManifestRefresher(AppRegistry registry, AppClient client, Clock clock, Schedule schedule) {
        this.registry = registry;
        this.reader = new ManifestReader(client, clock);
        this.schedule = schedule;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "manifest-refresher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts reading every manifest, and every one added later; returns at once. */
    public void start() {
        registry.onUpstreamAdded(this::watch);
        registry.onUpstreamRemoved(upstream -> {
            var watch = watches.remove(upstream);
            if (watch != null && watch.next != null) {
                watch.next.cancel(false);
            }
        });
        registry.upstreams().forEach(this::watch);
    }

    /** Reads the app's manifests now (each upstream's), unless a read is already under way. */
    public void refresh(String appName) {
        registry.find(appName).ifPresent(app -> app.upstreams().forEach(this::refresh));
    }

    /** Called when {@code upstream} answered with {@code version}: a different one means a new release. */
    public void versionSeen(Upstream upstream, String version) {
        var loaded = upstream.loaded();
        if (version != null
                && !version.isEmpty()
                && loaded.isPresent()
                && !loaded.get().version().equals(version)) {
            log.info(
                    "event=version_changed app={} upstream={} known={} seen={}",
                    upstream.app(),
                    upstream.id(),
                    loaded.get().version(),
                    version);
            refresh(upstream);
        }
    }

    private void watch(Upstream upstream) {
        if (watches.putIfAbsent(upstream, new Watch()) == null) {
            refresh(upstream);
        }
    }

    private void refresh(Upstream upstream) {
        var watch = watches.get(upstream);
        if (watch == null || !watch.reading.compareAndSet(false, true)) {
            return;
        }
        if (watch.next != null) {
            watch.next.cancel(false);
        }
        reader.read(upstream).whenComplete((state, failure) -> {
            try {
                if (state != null && !upstream.removed()) {
                    apply(upstream, state);
                }
            } finally {
                watch.reading.set(false);
                scheduleNext(upstream, watch);
            }
        });
    }

    private void apply(Upstream upstream, AppState state) {
        var before = upstream.state();
        if (state instanceof AppState.Ready ready) {
            upstream.ready(ready.loaded());
            var manifest = ready.loaded().manifest();
            boolean changed = !(before instanceof AppState.Ready old)
                    || !old.loaded().version().equals(manifest.version());
            if (changed) {
                log.info(
                        "event=app_ready app={} upstream={} version={} manifest={} fallback={}",
                        upstream.app(),
                        upstream.id(),
                        manifest.version(),
                        upstream.manifestUri(),
                        ready.loaded().fallbackHtml().isPresent());
            }
            return;
        }
        String previousProblem = before instanceof AppState.Ready ? upstream.refreshProblem() : reasonOf(before);
        upstream.failed(state);
        String reason = reasonOf(state);
        if (!reason.equals(previousProblem)) {
            if (state instanceof AppState.Unavailable) {
                log.error(
                        "event=app_unavailable app={} upstream={} reason=\"{}\"",
                        upstream.app(),
                        upstream.id(),
                        reason);
            } else {
                log.warn(
                        "event=app_unreachable app={} upstream={} reason=\"{}\"",
                        upstream.app(),
                        upstream.id(),
                        reason);
            }
        }
    }

    private void scheduleNext(Upstream upstream, Watch watch) {
        if (timer.isShutdown() || upstream.removed()) {
            return;
        }
        Duration delay;
        if (upstream.state() instanceof AppState.Ready
                && upstream.refreshProblem().isEmpty()) {
            watch.retryDelay = null;
            delay = schedule.recheck();
        } else {
            Duration previous = watch.retryDelay;
            delay = previous == null ? schedule.firstRetry() : min(previous.multipliedBy(2), schedule.maxRetry());
            watch.retryDelay = delay;
        }
        try {
            watch.next = timer.schedule(() -> refresh(upstream), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // closing: nothing more to read
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
