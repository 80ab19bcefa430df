package dev.collage.shell.registry;

import dev.collage.shell.config.AppConfig;
import dev.collage.shell.resilience.AppGuard;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One app as the shell sees it: its config, the one HTTP client every call to it shares, and
 * its current state. The state is replaced whole, never edited, so a page request reads one
 * consistent manifest even while a new one is being read.
 */
public final class RegisteredApp {

    private final AppConfig config;
    private final HttpClient http;
    private final AppGuard guard;
    private volatile AppState state;
    private volatile String refreshProblem = "";

    RegisteredApp(AppConfig config, Clock clock) {
        this.config = config;
        this.guard = new AppGuard(config, clock);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout(config))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.state = new AppState.Pending("not read yet", clock.instant());
    }

    public String name() {
        return config.name();
    }

    public AppConfig config() {
        return config;
    }

    public HttpClient http() {
        return http;
    }

    /** The app's circuit breaker and bulkhead. */
    public AppGuard guard() {
        return guard;
    }

    public AppState state() {
        return state;
    }

    /** The manifest to compose with, when there is one. */
    public Optional<LoadedManifest> loaded() {
        return state instanceof AppState.Ready ready ? Optional.of(ready.loaded()) : Optional.empty();
    }

    /** Why the last re-read of a known manifest failed, or empty; the known manifest stays in use. */
    public String refreshProblem() {
        return refreshProblem;
    }

    void ready(LoadedManifest loaded) {
        state = new AppState.Ready(loaded);
        refreshProblem = "";
    }

    void failed(AppState failure) {
        if (state instanceof AppState.Ready) {
            // an app that was fine and is now unreachable or broken keeps its last good manifest:
            // its fallback and assets stay known, and pages keep working around it
            refreshProblem =
                    failure instanceof AppState.Unavailable u ? u.reason() : ((AppState.Pending) failure).reason();
        } else {
            state = failure;
        }
    }

    private static Duration connectTimeout(AppConfig config) {
        // a connect that takes longer than a second is a host that is down, whatever the deadline
        return config.timeout().compareTo(Duration.ofSeconds(1)) < 0 ? config.timeout() : Duration.ofSeconds(1);
    }
}
