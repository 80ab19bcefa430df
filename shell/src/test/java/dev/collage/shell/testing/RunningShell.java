package dev.collage.shell.testing;

import dev.collage.shell.Shell;
import dev.collage.shell.ShellOptions;
import dev.collage.shell.config.ConfigLoader;
import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.ManifestRefresher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The real shell on a free port, configured from YAML text, with an HTTP client to ask it things. */
public final class RunningShell implements AutoCloseable {

    /** Quick retries so tests that start an app late do not wait long. */
    public static final ManifestRefresher.Schedule FAST =
            new ManifestRefresher.Schedule(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1));

    private final Shell shell;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningShell(Shell shell) {
        this.shell = shell;
    }

    public static RunningShell start(String yaml) {
        return start(yaml, Map.of());
    }

    public static RunningShell start(String yaml, Map<String, String> env) {
        return start(yaml, env, Clock.systemUTC());
    }

    public static RunningShell start(String yaml, Clock clock) {
        return start(yaml, Map.of(), clock);
    }

    public static RunningShell start(String yaml, Map<String, String> env, Clock clock) {
        return start(yaml, env, new ShellOptions(clock, FAST, Optional.empty(), Optional.empty()));
    }

    public static RunningShell start(String yaml, ShellOptions options) {
        return start(yaml, Map.of(), options);
    }

    public static RunningShell start(String yaml, Map<String, String> env, ShellOptions options) {
        try {
            Path file = Files.createTempFile("collage", ".yaml");
            Files.writeString(file, yaml);
            var config = new ConfigLoader(env).load(file);
            Files.delete(file);
            return new RunningShell(Shell.create(config, options).start("127.0.0.1", 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A product page whose four slots are filled by the three fakes, as the built-in shop does.
     * {@code recommendations} fills the primary slot and the related list.
     */
    public static String productPage(FakeApp recommendations, FakeApp weather, FakeApp reviews, String timeout) {
        return """
                site: { name: Test Shop }
                apps:
                  recommendations: { manifest: "%s", timeout: %s }
                  weather: { manifest: "%s", timeout: %s }
                  reviews: { manifest: "%s", timeout: %s }
                pages:
                  - path: /products/{id}
                    layout: product
                    title: Product
                    slots:
                      product: { app: recommendations, primary: true, params: { view: header, product: "{path.id}" } }
                      forecast: { app: weather, params: { city: "{cookie.weather-city}", units: "{query.units}" } }
                      related: { app: recommendations, params: { view: list, product: "{path.id}" } }
                      reviews: { app: reviews, params: { product: "{path.id}" } }
                  - path: /
                    layout: home
                    title: Home
                    slots:
                      forecast: { app: weather }
                      picks: { app: recommendations, params: { view: list } }
                """.formatted(
                recommendations.manifestUrl(), timeout, weather.manifestUrl(), timeout, reviews.manifestUrl(), timeout);
    }

    /** Waits until every named app's manifest is read; the shell reads them in the background. */
    public RunningShell awaitReady(String... apps) {
        Instant giveUp = Instant.now().plusSeconds(10);
        for (String app : apps) {
            while (!(shell.registry().get(app).upstreams().get(0).state() instanceof AppState.Ready)) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(app + " never became ready: "
                            + shell.registry().get(app).upstreams().get(0).state());
                }
                sleepBriefly();
            }
        }
        return this;
    }

    /** The version the shell knows of {@code app}'s first release, or empty while it knows none. */
    public String knownVersion(String app) {
        return shell.registry()
                .get(app)
                .upstreams()
                .get(0)
                .loaded()
                .map(l -> l.version())
                .orElse("");
    }

    public Shell shell() {
        return shell;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + shell.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shell.close();
    }
}
