package dev.collage.shell.registry;

import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.UpstreamConfig;
import dev.collage.shell.fetch.Outcome;
import dev.collage.shell.resilience.AppGuard;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One running release of an app: its manifest URL, its share of the visitors, its guard
 * (circuit, bulkhead), its recent figures and the state of its manifest. State is replaced whole, never edited, so a page reads one consistent
 * manifest even while a new one is being read.
 */
public final class Upstream {

    private final String app;
    private final String id;
    private final URI manifestUri;
    private final AppGuard guard;
    private final UpstreamStats stats = new UpstreamStats();
    private volatile int weight;
    private volatile boolean draining;
    private volatile boolean canary;
    private volatile boolean removed;
    private volatile AppState state;
    private volatile String refreshProblem = "";

    Upstream(AppConfig app, UpstreamConfig config, UpstreamRole role, Clock clock) {
        this.app = app.name();
        this.id = config.id();
        this.manifestUri = config.manifest();
        this.weight = config.weight();
        this.canary = role.canary();
        this.draining = role.draining();
        this.guard = new AppGuard(app.name() + "/" + id, app.circuit(), app.maxInFlight(), clock);
        this.state = new AppState.Pending("not read yet", clock.instant());
    }

    public String app() {
        return app;
    }

    public String id() {
        return id;
    }

    public URI manifestUri() {
        return manifestUri;
    }

    public AppGuard guard() {
        return guard;
    }

    public UpstreamStats stats() {
        return stats;
    }

    public int weight() {
        return weight;
    }

    public boolean draining() {
        return draining;
    }

    public boolean canary() {
        return canary;
    }

    public AppState state() {
        return state;
    }

    /** Why the last re-read of a known manifest failed, or empty; the known manifest stays in use. */
    public String refreshProblem() {
        return refreshProblem;
    }

    /** The manifest to compose with, when there is one. */
    public Optional<LoadedManifest> loaded() {
        return state instanceof AppState.Ready ready ? Optional.of(ready.loaded()) : Optional.empty();
    }

    /** Whether new visitors may be sent here: it has a share, is not being drained, and is up. */
    public boolean takesNewVisitors() {
        return weight > 0 && !draining && state instanceof AppState.Ready;
    }

    /** A fragment request to this upstream ended; it counts in the guard and the figures. */
    public void finished(Outcome outcome, Duration took) {
        guard.finished(outcome, took);
        stats.record(took, outcome.isAppFailure());
    }

    public UpstreamConfig config() {
        return new UpstreamConfig(id, manifestUri, weight);
    }

    void weight(int weight) {
        this.weight = weight;
    }

    void drain() {
        this.draining = true;
        this.weight = 0;
    }

    void promoted() {
        this.canary = false;
    }

    /** Kept across a re-registration of its app, with the weight and role it is given now. */
    void reuse(int weight, UpstreamRole role) {
        this.weight = weight;
        this.canary = role.canary();
        this.draining = role.draining();
    }

    public UpstreamRole role() {
        return new UpstreamRole(canary, draining);
    }

    void remove() {
        this.removed = true;
    }

    boolean removed() {
        return removed;
    }

    void ready(LoadedManifest loaded) {
        state = new AppState.Ready(loaded);
        refreshProblem = "";
    }

    void failed(AppState failure) {
        if (state instanceof AppState.Ready) {
            // an upstream that was fine and is now unreachable or broken keeps its last good
            // manifest: its fallback and assets stay known, and pages keep working around it
            refreshProblem =
                    failure instanceof AppState.Unavailable u ? u.reason() : ((AppState.Pending) failure).reason();
        } else {
            state = failure;
        }
    }
}
