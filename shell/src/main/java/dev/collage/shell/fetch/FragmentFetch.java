package dev.collage.shell.fetch;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.context.PodiumHeaders;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One fragment request: a GET with the request context, under one total deadline that covers
 * connecting, the headers and the whole body. When the deadline passes the exchange is
 * cancelled, so a hanging app holds no connection of the shell's. A request that could not
 * even connect is sent once more if the deadline leaves time (a GET that never arrived is safe
 * to repeat; one that arrived is not repeated). It never throws: every way it can end is a
 * {@link FragmentAnswer}.
 */
public final class FragmentFetch {

    private static final String TITLE = "collage-title";
    /** Less time than this left is not worth a second attempt. */
    private static final Duration RETRY_MARGIN = Duration.ofMillis(20);

    private FragmentFetch() {}

    public static CompletableFuture<FragmentAnswer> send(
            HttpClient http, URI uri, PodiumContext context, Duration deadline, int maxBytes) {
        long started = System.nanoTime();
        return attempt(http, uri, context, deadline, maxBytes).thenCompose(answer -> {
            Duration left = deadline.minusNanos(System.nanoTime() - started);
            if (answer instanceof FragmentAnswer.Failed failed
                    && failed.notConnected()
                    && left.compareTo(RETRY_MARGIN) > 0) {
                return attempt(http, uri, context, left, maxBytes);
            }
            return CompletableFuture.completedFuture(answer);
        });
    }

    private static CompletableFuture<FragmentAnswer> attempt(
            HttpClient http, URI uri, PodiumContext context, Duration deadline, int maxBytes) {
        var request = HttpRequest.newBuilder(uri).timeout(deadline).header("Accept", "text/html");
        context.toHeaders().forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request.build(), BoundedBody.handler(maxBytes));
        return call.copy()
                .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(FragmentFetch::answer)
                .exceptionally(failure -> {
                    // cancelling the original future is what aborts the exchange (JDK 16+)
                    call.cancel(true);
                    return failed(failure);
                });
    }

    private static FragmentAnswer answer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if ((status >= 200 && status < 300) || status == 404) {
            var headers = response.headers();
            return new FragmentAnswer.Answered(
                    status,
                    new String(response.body(), StandardCharsets.UTF_8),
                    headers.firstValue(PodiumHeaders.PODLET_VERSION).orElse(""),
                    headers.firstValue(TITLE).map(FragmentFetch::decodeTitle),
                    headers.firstValue("cache-control"));
        }
        return new FragmentAnswer.Failed(Outcome.ERROR, "answered " + status, false);
    }

    private static FragmentAnswer failed(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            return new FragmentAnswer.Failed(Outcome.ERROR, "cannot connect", true);
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new FragmentAnswer.Failed(Outcome.TIMEOUT, "no answer within the deadline", false);
        }
        if (cause instanceof BoundedBody.TooLargeException) {
            return new FragmentAnswer.Failed(Outcome.TOO_LARGE, cause.getMessage(), false);
        }
        return new FragmentAnswer.Failed(
                Outcome.ERROR,
                cause.getClass().getSimpleName()
                        + Optional.ofNullable(cause.getMessage())
                                .map(m -> " " + m)
                                .orElse(""),
                false);
    }

    /** {@code collage-title} is percent-encoded UTF-8, since header values are not. */
    private static String decodeTitle(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
