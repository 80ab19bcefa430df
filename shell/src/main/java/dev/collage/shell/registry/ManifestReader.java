package dev.collage.shell.registry;

import dev.collage.sdk.context.PodiumHeaders;
import dev.collage.sdk.manifest.InvalidManifestException;
import dev.collage.sdk.manifest.Manifest;
import dev.collage.sdk.manifest.ManifestParser;
import dev.collage.shell.fetch.BoundedBody;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

    private final Clock clock;

    ManifestReader(Clock clock) {
        this.clock = clock;
    }

    CompletableFuture<AppState> read(Upstream app) {
        URI uri = app.manifestUri();
        var request = HttpRequest.newBuilder(uri)
                .timeout(DEADLINE)
                .header("Accept", "application/json")
                .header(PodiumHeaders.REQUESTED_BY, "collage-shell")
                .build();
        return app.http()
                .sendAsync(request, BoundedBody.handler(MAX_MANIFEST_BYTES))
                .orTimeout(DEADLINE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenCompose(response -> accept(app, uri, response))
                .exceptionally(failure -> failureState(uri, failure));
    }

    private CompletableFuture<AppState> accept(Upstream app, URI uri, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return CompletableFuture.completedFuture(
                    new AppState.Pending("GET " + uri + " answered " + response.statusCode(), clock.instant()));
        }
        Manifest manifest;
        try {
            manifest = ManifestParser.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
        } catch (InvalidManifestException e) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(e.getMessage(), clock.instant()));
        }
        if (!manifest.name().equals(app.app())) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(
                    "manifest at " + uri + " is named '" + manifest.name() + "', but the config calls this app '"
                            + app.app() + "'",
                    clock.instant()));
        }
        if (manifest.proxy().containsKey("assets")) {
            return CompletableFuture.completedFuture(new AppState.Unavailable(
                    "manifest at " + uri + " declares a proxy named 'assets'; the shell keeps that name for" + " /apps/"
                            + app.app() + "/assets/",
                    clock.instant()));
        }
        return fallback(app, uri, manifest)
                .thenApply(
                        fallback -> new AppState.Ready(new LoadedManifest(manifest, uri, fallback, clock.instant())));
    }

    /** The fallback is best effort: an app without a reachable fallback still composes. */
    private CompletableFuture<Optional<String>> fallback(Upstream app, URI manifestUri, Manifest manifest) {
        if (manifest.fallback() == null || manifest.fallback().isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        URI uri = new LoadedManifest(manifest, manifestUri, Optional.empty(), clock.instant())
                .resolve(manifest.fallback());
        var request = HttpRequest.newBuilder(uri)
                .timeout(DEADLINE)
                .header(PodiumHeaders.REQUESTED_BY, "collage-shell")
                .header(PodiumHeaders.PUBLIC_PATHNAME, "/apps/" + app.app() + "/")
                .build();
        return app.http()
                .sendAsync(request, BoundedBody.handler(MAX_FALLBACK_BYTES))
                .orTimeout(DEADLINE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenApply(response -> response.statusCode() == 200
                        ? Optional.of(new String(response.body(), StandardCharsets.UTF_8))
                        : Optional.<String>empty())
                .exceptionally(failure -> Optional.empty());
    }

    private AppState failureState(URI uri, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause instanceof TimeoutException || cause instanceof java.net.http.HttpTimeoutException
                ? "GET " + uri + " timed out"
                : "GET " + uri + " failed: " + describe(cause);
        return new AppState.Pending(reason, clock.instant());
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
