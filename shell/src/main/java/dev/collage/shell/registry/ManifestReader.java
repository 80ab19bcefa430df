package dev.collage.shell.registry;

import dev.collage.sdk.context.PodiumHeaders;
import dev.collage.sdk.manifest.InvalidManifestException;
import dev.collage.sdk.manifest.Manifest;
import dev.collage.sdk.manifest.ManifestParser;
import dev.collage.shell.fetch.AppClient;
import dev.collage.shell.fetch.AppResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Reads one upstream's manifest and the fallback it names. The result is a new {@link AppState}:
 * ready, unavailable (the manifest breaks the contract) or pending (the app did not answer).
 */
final class ManifestReader {

    private static final int MAX_MANIFEST_BYTES = 256 * 1024;
    private static final int MAX_FALLBACK_BYTES = 256 * 1024;
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final AppClient client;
    private final Clock clock;

    ManifestReader(AppClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    CompletableFuture<AppState> read(Upstream upstream) {
        URI uri = upstream.manifestUri();
        var headers = Map.of("accept", "application/json", PodiumHeaders.REQUESTED_BY, "collage-shell");
        return client.get(uri, headers, DEADLINE, MAX_MANIFEST_BYTES)
                .thenCompose(response -> accept(upstream, uri, response))
                .exceptionally(failure -> failureState(uri, failure));
    }

    private CompletableFuture<AppState> accept(Upstream upstream, URI uri, AppResponse response) {
        if (response.status() != 200) {
            return CompletableFuture.completedFuture(
                    new AppState.Pending("GET " + uri + " answered " + response.status(), clock.instant()));
        }
        Manifest manifest;
        try {
            manifest = ManifestParser.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
        } catch (InvalidManifestException e) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(e.getMessage(), clock.instant()));
        }
        if (!manifest.name().equals(upstream.app())) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(
                    "manifest at " + uri + " is named '" + manifest.name() + "', but the config calls this app '"
                            + upstream.app() + "'",
                    clock.instant()));
        }
        if (manifest.proxy().containsKey("assets")) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(
                    "manifest at " + uri + " declares a proxy named 'assets'; the shell keeps that name for" + " /apps/"
                            + upstream.app() + "/assets/",
                    clock.instant()));
        }
        return fallback(upstream, uri, manifest)
                .thenApply(
                        fallback -> new AppState.Ready(new LoadedManifest(manifest, uri, fallback, clock.instant())));
    }

    /** The fallback is best effort: an app without a reachable fallback still composes. */
    private CompletableFuture<Optional<String>> fallback(Upstream upstream, URI manifestUri, Manifest manifest) {
        if (manifest.fallback() == null || manifest.fallback().isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        URI uri = new LoadedManifest(manifest, manifestUri, Optional.empty(), clock.instant())
                .resolve(manifest.fallback());
        var headers = Map.of(
                PodiumHeaders.REQUESTED_BY,
                "collage-shell",
                PodiumHeaders.PUBLIC_PATHNAME,
                "/apps/" + upstream.app() + "/@" + manifest.version() + "/");
        return client.get(uri, headers, DEADLINE, MAX_FALLBACK_BYTES)
                .thenApply(response -> response.status() == 200
                        ? Optional.of(new String(response.body(), StandardCharsets.UTF_8))
                        : Optional.<String>empty())
                .exceptionally(failure -> Optional.empty());
    }

    private AppState failureState(URI uri, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause instanceof TimeoutException
                ? "GET " + uri + " timed out"
                : "GET " + uri + " failed: " + describe(cause);
        return new AppState.Pending(reason, clock.instant());
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
